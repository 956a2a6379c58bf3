/**
 * Journeys 4 and 5 in the browser: a client enrolled in a KAP program gets the baseline PHQ-9 by
 * email (kept in the outbox: no SMTP server here), answers it on a phone one question per screen
 * with item 9 above 0, sees the crisis-support message at once; the clinician on duty sees the
 * alert, acknowledges it and resolves it with a note. Every page is checked with axe.
 */
import { describe, expect, it } from 'vitest';
import { apiCall, inDays, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

describe('the client portal and the alert queue in the browser', () => {
  it('a client answers the PHQ-9 on a phone, sees the support message, and a clinician resolves the alert', async () => {
    const staff = await app.newPage();
    await app.signIn(staff, 'clinician@demo-retreat.example');
    // A client referred to the Yermus 2023 KAP program, first dose a week out: the baseline is open now.
    const program = await apiCall<{ id: string }>(staff, 'POST', '/api/programs', {
      templateId: 'kap-yermus-2023',
    });
    const client = await apiCall<{ id: string }>(staff, 'POST', '/api/clients', {
      givenName: 'Mila',
      familyName: 'Portal',
      dateOfBirth: '1990-03-14',
      sexAtBirth: 'female',
      email: 'mila.portal@client.example',
    });
    await apiCall(staff, 'POST', '/api/enrollments', {
      clientId: client.id,
      programId: program.id,
      startDate: inDays(7),
    });

    // The scheduler opens and sends the invitation within seconds; without SMTP it stays in the outbox.
    // Its subject names no questionnaire (a phone's lock screen shows it); the body names it below the link.
    type Message = { subject: string; body: string; client: { id: string } | null };
    let link: string | undefined;
    await expect
      .poll(
        async () => {
          const { items } = await apiCall<{ items: Message[] }>(staff, 'GET', '/api/outbox');
          // One check-in email holds every questionnaire due that day, each named below its link.
          const mail = items.find((m) => m.client?.id === client.id && m.body.includes('PHQ-9'));
          link = mail ? /\/p\/([A-Za-z0-9_-]+)\nPHQ-9/.exec(mail.body)?.[1] : undefined;
          return link;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeTruthy();
    await staff.goto(`${app.url}/outbox`);
    await staff.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    await staff.getByText('mila.portal@client.example').first().waitFor();
    await app.expectAccessible(staff, 'portal-outbox');

    // On a phone: one question per screen, by keyboard-sized taps, back and forward.
    const phone = await app.newPage({ width: 360, height: 740 });
    await phone.goto(`${app.url}/p/${link}`);
    await phone.getByText(/Hello Mila/).waitFor();
    await app.expectAccessible(phone, 'portal-intro');
    await phone.getByRole('button', { name: /^(Start|Continue)$/ }).click();
    const answer = async (label: RegExp | string) => {
      await phone.getByRole('radio', { name: label }).first().check();
      await phone.getByRole('button', { name: 'Next' }).click();
    };
    await phone.getByText('Question 1 of 10').waitFor();
    // Next without an answer: a clear error, nothing skipped.
    await phone.getByRole('button', { name: 'Next' }).click();
    await phone.getByText('Question 1 of 10').waitFor();
    await app.expectAccessible(phone, 'portal-question-error');
    await answer('Several days');
    await phone.getByText('Question 2 of 10').waitFor();
    await phone.getByRole('button', { name: 'Back' }).click();
    await phone.getByText('Question 1 of 10').waitFor();
    await phone.getByRole('button', { name: 'Next' }).click();
    for (let q = 2; q <= 8; q++) {
      await phone.getByText(`Question ${q} of 10`).waitFor();
      await answer('Not at all');
    }
    await phone.getByText('Question 9 of 10').waitFor();
    await app.expectAccessible(phone, 'portal-question');
    await answer('More than half the days');
    await phone.getByText('Question 10 of 10').waitFor();
    await answer('Somewhat difficult');
    await phone.getByRole('button', { name: 'Send my answers' }).waitFor();
    await app.expectAccessible(phone, 'portal-review');
    // A double tap sends once.
    await phone.getByRole('button', { name: 'Send my answers' }).dblclick();
    await phone
      .getByRole('alert')
      .filter({ hasText: /contact your therapist/ })
      .waitFor();
    await phone.getByText('Thank you — your answers were sent').waitFor();
    await app.expectAccessible(phone, 'portal-done-crisis');
    // Nothing scrolls sideways on the phone.
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
    // The link is used now.
    await phone.reload();
    await phone
      .getByText(/already answered/i)
      .first()
      .waitFor();

    const responses = await apiCall<{ items: unknown[] }>(
      staff,
      'GET',
      `/api/clients/${client.id}/responses`,
    );
    expect(responses.items).toHaveLength(1);

    // The clinician on duty: the alert is in the queue, high severity, with the trigger in words.
    await staff.goto(`${app.url}/alerts`);
    await staff.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    const card = staff.getByRole('article').filter({ hasText: 'Mila Portal' }).first();
    await card.getByText(/Item 9 answered 2/).waitFor();
    await card.getByText(/high/i).first().waitFor();
    await app.expectAccessible(staff, 'alerts-queue');
    await card.getByRole('button', { name: /Acknowledge/ }).click();
    await card
      .getByText(/Acknowledged/i)
      .first()
      .waitFor();
    await card.getByRole('button', { name: /Resolve/ }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByRole('button', { name: /Resolve/ }).click();
    await dialog
      .getByText(/say what|required|enter|write/i)
      .first()
      .waitFor();
    await dialog.getByRole('textbox').fill('Called Mila; safety plan agreed; seen tomorrow.');
    await app.expectAccessible(staff, 'alerts-resolve');
    await dialog.getByRole('button', { name: /Resolve/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await staff.locator('label[for$="-resolved"]').click();
    await staff.getByText('Called Mila; safety plan agreed; seen tomorrow.').waitFor();

    // Later: the clinician emails Mila a sign-in link from her page; on her phone she sees her score and
    // writes in her journal, shares one entry, and the clinician reads only that one.
    await staff.goto(`${app.url}/clients/${client.id}`);
    await staff.getByRole('button', { name: 'Email a sign-in link' }).click();
    await staff
      .getByText(/mila\.portal@client\.example/)
      .first()
      .waitFor();
    const { items } = await apiCall<{ items: Message[] }>(staff, 'GET', '/api/outbox');
    const signIn = items.find((m) => m.client?.id === client.id && /\/portal\/sign-in\//.test(m.body));
    const path = /\/portal\/sign-in\/[A-Za-z0-9_-]+/.exec(signIn!.body)![0];
    await phone.goto(`${app.url}${path}`);
    await phone.getByRole('heading', { name: 'Your progress' }).waitFor();
    await phone.getByText(/PHQ-9/).first().waitFor();
    await app.expectAccessible(phone, 'portal-home');
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
    await phone.getByRole('button', { name: 'Save entry' }).click();
    await phone.getByText('Write something before you save.').waitFor();
    await phone.getByLabel('New journal entry').fill('Private: I slept badly.');
    await phone.getByRole('button', { name: 'Save entry' }).click();
    await phone.getByText('Private: I slept badly.').waitFor();
    await phone.getByLabel('New journal entry').fill('The breathing exercise helps every morning.');
    await phone.getByRole('button', { name: 'Save entry' }).click();
    const entry = phone.getByRole('listitem').filter({ hasText: 'The breathing exercise helps' });
    await entry.getByRole('button', { name: /Share with my care team/ }).click();
    await entry.getByText(/Shared with your care team/).waitFor();
    await app.expectAccessible(phone, 'portal-journal');

    await staff.reload();
    await staff.getByText('The breathing exercise helps every morning.').waitFor();
    expect(await staff.getByText('Private: I slept badly.').count()).toBe(0);
  }, 300_000);

  it('a questionnaire can be answered with the keyboard alone', async () => {
    const staff = await app.newPage();
    await app.signIn(staff, 'clinician@demo-retreat.example');
    const program = await apiCall<{ id: string }>(staff, 'POST', '/api/programs', {
      templateId: 'kap-yermus-2023',
    });
    const client = await apiCall<{ id: string }>(staff, 'POST', '/api/clients', {
      givenName: 'Kees',
      familyName: 'Keyboard',
      dateOfBirth: '1979-08-02',
      sexAtBirth: 'male',
      email: 'kees.keyboard@client.example',
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
          const mail = items.find((m) => m.client?.id === client.id && m.body.includes('GAD-7'));
          link = mail ? /\/p\/([A-Za-z0-9_-]+)\nGAD-7/.exec(mail.body)?.[1] : undefined;
          return link;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeTruthy();

    const page = await app.newPage({ width: 1280, height: 900 });
    await page.goto(`${app.url}/p/${link}`);
    await page.getByText(/Hello Kees/).waitFor();
    /** Tabs until the focused element matches, as a keyboard user would. */
    const tabTo = async (matches: (el: { tag: string; text: string; type: string | null }) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const el = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return {
            tag: a?.tagName ?? '',
            text: a?.textContent?.trim() ?? '',
            type: a?.getAttribute('type') ?? null,
          };
        });
        if (matches(el)) return;
      }
      throw new Error('focus never reached the element');
    };
    await tabTo((el) => el.tag === 'BUTTON' && /^(Start|Continue)$/.test(el.text));
    await page.keyboard.press('Enter');
    for (let q = 1; q <= 7; q++) {
      await page.getByText(`Question ${q} of 7`).waitFor();
      // Into the radio group, pick the second option with an arrow key, then on to Next.
      await tabTo((el) => el.type === 'radio');
      await page.keyboard.press('ArrowDown');
      await tabTo((el) => el.tag === 'BUTTON' && el.text === 'Next');
      await page.keyboard.press('Enter');
    }
    await tabTo((el) => el.tag === 'BUTTON' && el.text === 'Send my answers');
    await page.keyboard.press('Enter');
    await page.getByText('Thank you — your answers were sent').waitFor();
    // Seven answers of 1: GAD-7 total 7.
    await page
      .getByText(/7 of 21/)
      .first()
      .waitFor();
  }, 240_000);
});
