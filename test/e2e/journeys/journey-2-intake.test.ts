/**
 * Journey 2 (../shared/product/journeys.md): the intake coordinator takes a client from referral to
 * ready, in English (the Dutch walk is journey-2-intake-nl.test.ts). The clinician's decision is
 * made on the clinician's own screen; everything else is intake's. The demo centre is Dutch: the
 * screens are English, but its program's own texts (the consent document's title, the timepoint
 * "Nulmeting") are the Dutch ones the centre gave them.
 *
 * Steps from journeys.md → asserted at:
 *  - adds the client → "1." (every bad field named at once; the client's page after saving)
 *  - enrolls her in the retreat cohort (implied by "referral") → "2." (the roster row, Referred)
 *  - runs the psilocybin checklist → "3." (16 items; the draft survives a reload; 300/84 flagged)
 *  - a hard stop blocks the booking and says why → "3." Saved ("Not cleared for dosing: hard stop
 *    — Pregnant…"); the sessions stay held until cleared
 *  - a new screening (negative pregnancy test) → "4." pre-filled from the last, "5." no hard stop,
 *    "Eligibility has not been decided by a clinician."
 *  - records the clinician's eligibility decision → "6." (clinician's dialog: 0 hard stops,
 *    Eligible, rationale; the card shows Eligible)
 *  - the signed consent, version shown → "7." (the dialog names the document and version 1; the
 *    card: "Version 1 (“…”) signed …, in-person signature", "Cleared for dosing")
 *  - sends the baseline questionnaires; the client gets an email → "8." (Send now per baseline,
 *    then Resend; the outbox holds an invitation to her address with a questionnaire link)
 *  - the timeline shows every session and every questionnaire with dates → "9." (7 dated sessions,
 *    each questionnaire row with a due date)
 *  - on a phone → "fits a phone" (360 px, no sideways scroll)
 */
import { describe, expect, it } from 'vitest';
import { apiCall, fillDate, setupBrowserApp } from '../support.ts';

const app = setupBrowserApp();
const PREGNANCY = 'Pregnant, or could be pregnant';

describe('journey 2: the intake coordinator takes a client from referral to ready', () => {
  it('adds, enrolls and screens a client; the draft survives a reload and the hard stop is named', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'intake@demo-retreat.example');

    // 1. Adds the client: every bad field at once, in plain words.
    await page.goto(`${app.url}/clients/new`);
    await page.getByRole('heading', { name: 'New client', level: 1 }).waitFor();
    await page.getByLabel('Phone', { exact: true }).fill('call me maybe');
    await page.getByLabel('Emergency contact phone').fill('ring ring');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByText('Enter a given name.').waitFor();
    await page.getByText('Enter a family name.').waitFor();
    expect(await page.getByText(/Must be a phone number: digits, spaces/).count()).toBe(2);
    await app.expectAccessible(page, 'journey-2-client-errors');
    await page.getByLabel('Given name').fill('Noor');
    await page.getByLabel('Family name').fill('Bakker');
    await fillDate(page.getByLabel('Date of birth'), '1988-03-02');
    await page.getByLabel('Sex at birth').selectOption({ label: 'Female' });
    await page.getByLabel('Email', { exact: true }).fill('noor.bakker@example.org');
    await page.getByLabel('Phone', { exact: true }).fill('+31 6 1234 5678');
    await page.getByLabel('Emergency contact phone').fill('');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor({ timeout: 15_000 });
    const clientUrl = page.url();

    // 2. Enrolls her in the retreat cohort.
    await page.goto(`${app.url}/cohorts`);
    await page
      .getByRole('link', { name: /Retreat .*\(demo\)/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Enroll client' }).click();
    await page.getByLabel('Find a client').fill('Noor');
    await page.getByRole('radio', { name: /Noor Bakker/ }).check();
    await page.getByRole('button', { name: 'Enroll', exact: true }).click();
    await page.getByRole('row', { name: /Noor Bakker.*Referred/ }).waitFor({ timeout: 15_000 });

    // 3. Runs the psilocybin checklist.
    await page.goto(clientUrl);
    const card = page.getByRole('article').filter({ hasText: 'Retreat' });
    await card.getByRole('link', { name: 'Record screening' }).click();
    await page.getByRole('heading', { name: 'Screening', level: 1 }).waitFor();
    const no = page.getByRole('radio', { name: 'No', exact: true });
    const items = await no.count();
    expect(items).toBe(16);
    for (let i = 0; i < items; i++) await no.nth(i).check();
    await page
      .getByRole('group', { name: new RegExp(PREGNANCY) })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page.getByText('1 hard stop blocks dosing').waitFor();
    // 300/84 is refused while typing, naming the reading.
    await page.getByLabel('Systolic BP (mmHg)').fill('300');
    await page.getByLabel('Diastolic BP (mmHg)').fill('84');
    await page.getByText(/300\/84 mmHg is not a plausible resting reading/).waitFor();
    await page.getByLabel('Systolic BP (mmHg)').fill('130');
    expect(await page.getByText(/not a plausible resting reading/).count()).toBe(0);
    await page.getByText(/^Draft saved/).waitFor({ timeout: 10_000 });
    await app.expectAccessible(page, 'journey-2-screening');

    // A reload keeps all 16 answers.
    await page.reload();
    await page.getByRole('heading', { name: 'Screening', level: 1 }).waitFor();
    await page.getByText(/^Continuing the draft saved by/).waitFor();
    expect(await page.getByRole('radio', { name: 'No', exact: true, checked: true }).count()).toBe(15);
    expect(await page.getByRole('radio', { name: 'Yes', exact: true, checked: true }).count()).toBe(1);
    expect(await page.getByLabel('Systolic BP (mmHg)').inputValue()).toBe('130');

    // Saved: the hard stop blocks dosing and is named.
    await page.getByRole('button', { name: 'Save screening' }).click();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor({ timeout: 15_000 });
    await card.getByText(`Not cleared for dosing: hard stop — ${PREGNANCY}`).waitFor();
    await app.expectAccessible(page, 'journey-2-not-cleared');

    // 4. A new screening starts from the last one.
    await card.getByRole('link', { name: 'Record a new screening' }).click();
    await page.getByText(/^Pre-filled from the screening of/).waitFor();
    expect(await page.getByRole('radio', { name: 'No', exact: true, checked: true }).count()).toBe(15);
    await page.getByText('1 hard stop blocks dosing').waitFor();
    expect(await page.getByLabel('Systolic BP (mmHg)').inputValue()).toBe('');
    await app.expectAccessible(page, 'journey-2-prefilled');
  }, 240_000);

  it('fits a phone: the screening page at 360 px', async () => {
    const page = await app.newPage({ width: 360, height: 780 });
    await app.signIn(page, 'intake@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page.getByRole('link', { name: 'Noor Bakker' }).click();
    await page.getByRole('link', { name: 'Record a new screening' }).click();
    await page.getByText(/^Pre-filled from the screening of/).waitFor();
    await page.getByLabel('Systolic BP (mmHg)').fill('300');
    await page.getByLabel('Diastolic BP (mmHg)').fill('84');
    await page.getByRole('checkbox', { name: 'I re-measured: this blood pressure is correct' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await app.expectAccessible(page, 'journey-2-screening-360');
  }, 120_000);

  it('to ready: the clinician decides, intake records consent and sends the baseline; the timeline is dated', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'intake@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page.getByRole('link', { name: 'Noor Bakker' }).click();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor();
    const clientUrl = page.url();
    const card = page.getByRole('article').filter({ hasText: 'Retreat' });
    await card.getByRole('link', { name: 'Record a new screening' }).click();
    // The phone's walk left a draft (300/84): it is continued, else the last screening pre-fills.
    await page.getByText(/^(Continuing the draft saved by|Pre-filled from the screening of)/).waitFor();

    // 5. The pregnancy test is negative: a new screening without a hard stop waits for the clinician.
    await page
      .getByRole('group', { name: new RegExp(PREGNANCY) })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page.getByText('1 hard stop blocks dosing').waitFor({ state: 'detached' });
    await page.getByLabel('Systolic BP (mmHg)').fill('128');
    await page.getByLabel('Diastolic BP (mmHg)').fill('82');
    await page.getByRole('button', { name: 'Save screening' }).click();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor({ timeout: 15_000 });
    await card.getByText('Eligibility has not been decided by a clinician.').waitFor();

    // 6. The clinician's eligibility decision, on the clinician's own screen.
    const clinician = await app.newPage();
    await app.signIn(clinician, 'clinician@demo-retreat.example');
    await clinician.goto(clientUrl);
    const clinicianCard = clinician.getByRole('article').filter({ hasText: 'Retreat' });
    await clinicianCard.getByRole('button', { name: 'Record eligibility decision' }).click();
    const decision = clinician.getByRole('dialog', { name: 'Eligibility decision: Noor Bakker' });
    await decision.getByText(/0 hard stop\(s\)/).waitFor();
    await decision.getByRole('radio', { name: 'Eligible', exact: true }).check();
    await decision.getByLabel('Rationale').fill('No contraindication; pregnancy test negative at intake.');
    await decision.getByRole('button', { name: 'Save decision' }).click();
    await decision.waitFor({ state: 'detached', timeout: 15_000 });
    await clinicianCard.getByText('Eligible', { exact: true }).first().waitFor();

    // 7. The signed consent, its version shown before and after it is recorded.
    await page.reload();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor();
    await card.getByRole('button', { name: 'Record consent' }).click();
    const consent = page.getByRole('dialog', { name: 'Record consent: Noor Bakker' });
    await consent
      .getByText(/^Current consent document: Toestemmingsformulier psilocybine-retreat \(demo\), version 1/)
      .waitFor();
    await consent.getByLabel('How the client consented').selectOption('in-person signature');
    await consent.getByRole('button', { name: 'Record consent to version 1' }).click();
    await consent.waitFor({ state: 'detached', timeout: 15_000 });
    await card
      .getByText(
        /^Version 1 \(“Toestemmingsformulier psilocybine-retreat \(demo\)”\) signed .*, In-person signature/,
      )
      .waitFor();
    await card.getByText('Cleared for dosing', { exact: true }).waitFor();

    // 8. The baseline questionnaires are sent; the client gets an email with her links.
    const due = card.getByRole('region', { name: 'Questionnaires due' });
    const baselines = due.getByRole('button', { name: /^Send now: Nulmeting, / });
    await due.getByRole('row').filter({ hasText: 'Nulmeting' }).first().waitFor();
    const sendable = await baselines.count();
    expect(sendable).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < sendable; i++) {
      await baselines.first().click();
      await page.getByText('Sent: the client has the questionnaire in their email.').first().waitFor();
      await expect.poll(() => baselines.count(), { timeout: 15_000 }).toBe(sendable - i - 1);
    }
    expect(await due.getByRole('button', { name: /^Resend: Nulmeting, PHQ-9$/ }).count()).toBe(1);
    let invitation: { subject: string; body: string } | undefined;
    await expect
      .poll(
        async () => {
          const { items } = await apiCall<{
            items: Array<{ kind: string; to: string; subject: string; body: string }>;
          }>(page, 'GET', '/api/outbox?limit=500');
          invitation = items.find((m) => m.kind === 'invitation' && m.to === 'noor.bakker@example.org');
          return invitation !== undefined;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true);
    expect(invitation!.body).toMatch(/\/p\/[A-Za-z0-9_-]+/);

    // 9. Her timeline: every session and every questionnaire with its date.
    await page.reload();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor();
    const sessionTimes = card.locator('li time');
    await expect.poll(() => sessionTimes.count()).toBe(7);
    for (const t of await sessionTimes.allTextContents()) expect(t).toMatch(/\d{4}/);
    const rows = due.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    for (const row of await rows.all()) {
      const date = (await row.locator('td').nth(2).textContent()) ?? '';
      expect(date, (await row.textContent()) ?? '').toMatch(/\d{4}/);
    }
    await app.expectAccessible(page, 'journey-2-ready');
  }, 240_000);
});
