/**
 * Crisis support in the browser, at 360 px and in Dutch (issue 13, parts 4 and 5): a Dutch client
 * answers PHQ-9 item 9 = 2 and, before the next question, sees the demo centre's Dutch crisis lines
 * as tap-to-call links; again on the thank-you page. The clinician then opens the client's record on
 * a phone and the red alert and risk header is the first thing under the name.
 */
import { describe, expect, it } from 'vitest';
import { apiCall, inDays, noSideScroll, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 740 };

describe('crisis support and the clinical header in the browser', () => {
  it('a Dutch client sees the crisis lines at once after item 9 = 2; the clinician sees the red header', async () => {
    const staff = await app.newPage(PHONE);
    await app.signIn(staff, 'clinician@demo-retreat.example');
    const program = await apiCall<{ id: string }>(staff, 'POST', '/api/programs', {
      templateId: 'kap-yermus-2023',
    });
    const client = await apiCall<{ id: string }>(staff, 'POST', '/api/clients', {
      givenName: 'Sanne',
      familyName: 'Crisis',
      dateOfBirth: '1988-02-20',
      sexAtBirth: 'female',
      email: 'sanne.crisis@client.example',
      language: 'nl',
    });
    await apiCall(staff, 'POST', '/api/enrollments', {
      clientId: client.id,
      programId: program.id,
      startDate: inDays(7),
    });
    type Message = { subject: string; body: string; client: { id: string } | null };
    let link: string | undefined;
    await expect
      .poll(
        async () => {
          const { items } = await apiCall<{ items: Message[] }>(staff, 'GET', '/api/outbox');
          // The program asks more than one questionnaire at baseline: the PHQ-9's link.
          const mail = items.find(
            (m) =>
              m.client?.id === client.id && /PHQ-9/.test(`${m.subject} ${m.body}`) && /\/p\//.test(m.body),
          );
          // One check-in email holds every questionnaire due that day, each named below its link.
          link = mail ? /\/p\/([A-Za-z0-9_-]+)\nPHQ-9/.exec(mail.body)?.[1] : undefined;
          return link;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeTruthy();

    const phone = await app.newPage(PHONE);
    await phone.goto(`${app.url}/p/${link}`);
    await phone.getByText(/Hallo Sanne/).waitFor();
    await phone.getByRole('button', { name: /^(Beginnen|Verdergaan)$/ }).click();
    // Answers by position (0 = the first option), whatever language the item texts are in.
    const choose = (value: number) => phone.getByRole('radio').nth(value).check();
    const next = () => phone.getByRole('button', { name: 'Volgende' }).click();
    for (let q = 1; q <= 8; q++) {
      await phone.getByText(`Vraag ${q} van 10`).waitFor();
      await choose(0);
      expect(await phone.getByTestId('crisis-panel').count()).toBe(0);
      await next();
    }
    await phone.getByText('Vraag 9 van 10').waitFor();
    await choose(2);

    // At once, on the same screen, before the next question: the Dutch lines, each a tel: link.
    const panel = phone.getByRole('alert').filter({ hasText: '113 Zelfmoordpreventie' });
    await panel.waitFor();
    await panel.getByText('Hulp nodig? Bel nu').waitFor();
    const calls = panel.getByRole('link');
    expect(await calls.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'tel:08000113',
      'tel:113',
      'tel:112',
    ]);
    await panel.getByRole('link', { name: '113 Zelfmoordpreventie (gratis) Bel 0800-0113' }).waitFor();
    expect(await phone.getByText('Vraag 10 van 10').count()).toBe(0);
    // The panel comes before Next, and is in view.
    const panelBox = (await panel.boundingBox())!;
    const nextBox = (await phone.getByRole('button', { name: 'Volgende' }).boundingBox())!;
    expect(panelBox.y).toBeLessThan(nextBox.y);
    await expect
      .poll(() => panel.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight))
      .toBe(true);
    await phone.screenshot({ path: '.tmp/crisis-item9-nl-360.png' });
    await app.expectAccessible(phone, 'crisis-item9-nl');
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(1);

    // Back to 0: the panel goes; a risk answer again brings it back.
    await choose(0);
    expect(await phone.getByTestId('crisis-panel').count()).toBe(0);
    await choose(2);
    await panel.waitFor();
    await next();
    await phone.getByText('Vraag 10 van 10').waitFor();
    await choose(1);
    await next();
    await phone.getByRole('button', { name: 'Mijn antwoorden versturen' }).click();

    // The thank-you page: the crisis message and the same lines first.
    const done = phone.getByRole('alert').filter({ hasText: 'Lees dit eerst' });
    await done.waitFor();
    await done.getByRole('link', { name: 'Alarmnummer (direct gevaar) Bel 112' }).waitFor();
    expect(await done.getByRole('link').count()).toBe(3);
    await phone.getByText('Dank u wel — uw antwoorden zijn verstuurd').waitFor();
    const doneBox = (await done.boundingBox())!;
    const thanks = (await phone.getByText('Dank u wel — uw antwoorden zijn verstuurd').boundingBox())!;
    expect(doneBox.y).toBeLessThan(thanks.y);
    await phone.screenshot({ path: '.tmp/crisis-done-nl-360.png', fullPage: true });
    await app.expectAccessible(phone, 'crisis-done-nl');
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(1);

    // The clinician on a phone: the red header is the first thing under the client's name.
    await staff.goto(`${app.url}/clients/${client.id}`);
    await staff.getByRole('heading', { name: 'Sanne Crisis', level: 1 }).waitFor();
    const risk = staff.getByTestId('clinical-risk');
    await risk.getByText(/1 open alert · 1 risk flag/).waitFor();
    await risk
      .getByText(/Item 9 answered 2/)
      .first()
      .waitFor();
    expect(await risk.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(
      /^rgb\((1[5-9]\d|2\d\d), \d{1,2}, \d{1,2}\)$/,
    );
    const riskBox = (await risk.boundingBox())!;
    const identity = (await staff.getByRole('heading', { name: 'Identity' }).boundingBox())!;
    expect(riskBox.y).toBeLessThan(identity.y);
    expect(riskBox.y).toBeLessThan(PHONE.height);
    await staff.getByText('Dosing clearance').waitFor();
    await staff.getByText(/PHQ-9/).first().waitFor();
    await staff.screenshot({ path: '.tmp/crisis-client-header-360.png' });
    await app.expectAccessible(staff, 'crisis-client-header');
    expect(await noSideScroll(staff)).toBeLessThanOrEqual(1);
  }, 300_000);
});
