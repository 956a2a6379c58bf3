/**
 * Journey 2 (../shared/product/journeys.md): the intake coordinator takes a client from referral
 * towards ready. Written in English for now: the staff app's Dutch arrives with the i18n work, and
 * this walk moves to Dutch then. Adds the client (every bad field named at once, in plain words; a
 * phone must be a number), enrolls them in the demo retreat cohort, runs the psilocybin checklist
 * (an implausible blood pressure flagged while typing; a reload keeps every answer through the
 * server draft), and a hard stop blocks dosing and says which one. A new screening starts from the
 * last. Sending questionnaires and the client's emails are walked by the messages work.
 */
import { describe, expect, it } from 'vitest';
import { fillDate, setupBrowserApp } from '../support.ts';

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
});
