/**
 * Journeys 2 and 3 in the browser, on the demo KAP client (Daan Visser, referred to the Feder 2025
 * program): intake records the screening, a clinician decides eligibility and records consent, the
 * timeline shows the client cleared, and a facilitator records the first infusion — dose with mg/kg,
 * vital signs flagged while typing, an adverse event and the discharge. Bad input is tried at each
 * form. Every page is checked with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const CLIENT = 'Daan Visser';

async function openClient(page: Page): Promise<void> {
  await page.goto(`${app.url}/clients`);
  await page.getByRole('link', { name: CLIENT }).click();
  await page.getByRole('heading', { name: CLIENT, level: 1 }).waitFor();
  await page.getByRole('heading', { name: /Ketamine infusions/, level: 3 }).waitFor();
}

const enrollment = (page: Page) => page.getByRole('article').filter({ hasText: 'Ketamine infusions' });

describe('from referral to the first dose in the browser', () => {
  it('intake screens, a clinician decides and records consent, and the timeline shows the client cleared', async () => {
    const intake = await app.newPage();
    await app.signIn(intake, 'intake@demo-retreat.example');
    await openClient(intake);
    await enrollment(intake).getByText('Referred', { exact: true }).waitFor();
    await enrollment(intake).getByText('Not cleared for dosing').waitFor();
    await app.expectAccessible(intake, 'care-timeline-referred');

    await enrollment(intake).getByRole('link', { name: 'Record screening' }).click();
    await intake.getByRole('heading', { name: 'Screening', level: 1 }).waitFor();
    // An impossible blood pressure is refused beside its field.
    await intake.getByLabel('Systolic BP (mmHg)').fill('400');
    await intake.getByLabel('Diastolic BP (mmHg)').fill('80');
    await intake.getByRole('button', { name: 'Save screening' }).click();
    await intake.getByText(/400 is not possible here/).waitFor();
    await app.expectAccessible(intake, 'care-screening-errors');

    const no = intake.getByRole('radio', { name: 'No', exact: true });
    const items = await no.count();
    expect(items).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < items; i++) await no.nth(i).check();
    await intake.getByText('No hard stop applies', { exact: true }).waitFor();
    await intake.getByLabel('Systolic BP (mmHg)').fill('128');
    await intake.getByLabel('Heart rate (beats/min)').fill('70');
    await intake.getByLabel('Weight (kg)').fill('72');
    await intake.getByRole('button', { name: 'Save screening' }).click();
    await intake.getByRole('heading', { name: CLIENT, level: 1 }).waitFor();
    await enrollment(intake).getByText('Screening', { exact: true }).first().waitFor();
    await enrollment(intake)
      .getByText(/Awaiting the clinician/)
      .waitFor();
    await enrollment(intake)
      .getByText(/BP 128\/80 mmHg/)
      .waitFor();
    // Only a clinician decides.
    expect(await intake.getByRole('button', { name: 'Record eligibility decision' }).count()).toBe(0);

    const clinician = await app.newPage();
    await app.signIn(clinician, 'clinician@demo-retreat.example');
    await openClient(clinician);
    await enrollment(clinician).getByRole('button', { name: 'Record eligibility decision' }).click();
    const decision = clinician.getByRole('dialog');
    await decision.getByRole('button', { name: 'Save decision' }).click();
    // Nothing chosen: both fields say so.
    expect(await decision.getByText(/choose|required|enter/i).count()).toBeGreaterThan(0);
    await decision.getByLabel('Eligible', { exact: true }).check();
    await decision.getByLabel('Rationale').fill('No contraindication; blood pressure normal at intake.');
    await app.expectAccessible(clinician, 'care-decision');
    await decision.getByRole('button', { name: 'Save decision' }).click();
    await decision.waitFor({ state: 'detached' });
    await enrollment(clinician).getByText('Eligible', { exact: true }).first().waitFor();

    await enrollment(clinician).getByRole('button', { name: 'Record consent' }).click();
    const consent = clinician.getByRole('dialog');
    await consent
      .getByText(/Ketamine treatment consent \(demo\)/)
      .first()
      .waitFor();
    await consent.getByLabel('How the client consented').selectOption('in-person signature');
    await consent.getByRole('button', { name: /^Record consent to version 1/ }).click();
    await consent.waitFor({ state: 'detached' });
    await enrollment(clinician).getByText('Consented', { exact: true }).first().waitFor();
    await enrollment(clinician).getByText('Cleared for dosing').waitFor();
    // The dosing places the enrollment held are booked now.
    expect(await enrollment(clinician).getByText('Held until cleared').count()).toBe(0);
    await app.expectAccessible(clinician, 'care-timeline-cleared');
  }, 180_000);

  it('a facilitator records the first infusion: mg/kg, vital signs flagged while typing, an adverse event, discharge', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'facilitator@demo-retreat.example');
    await openClient(page);
    await enrollment(page).getByRole('link', { name: 'Ketamine infusion' }).first().click();
    await page.getByRole('heading', { name: /Ketamine infusion/, level: 1 }).waitFor();
    await app.expectAccessible(page, 'care-session');

    await page.getByRole('link', { name: new RegExp(`Record (the )?dos(e|ing).*${CLIENT}`) }).click();
    await page.getByRole('heading', { name: 'Record dosing', level: 1 }).waitFor();
    await page.getByLabel('Substance').fill('Ketamine');
    await page.getByLabel('Route').selectOption('IV');
    await page.getByLabel('Dose (mg)').fill('36');
    await page.getByLabel('Body weight (kg)').fill('72');
    await page.getByText('0.5 mg/kg').first().waitFor();
    await page.getByLabel('Lot number').fill('LOT-E2E-1');
    await app.expectAccessible(page, 'care-dosing-new');
    await page.getByRole('button', { name: 'Save dosing record' }).click();
    await page.waitForURL(/\/dosing-records\/[0-9a-f-]{36}$/);
    await page.getByText('0.5 mg/kg').first().waitFor();

    // Vital signs: the impossible is refused while typing, the high is flagged.
    await page.getByLabel('Systolic BP (mmHg)').fill('500');
    await page.getByText(/must be between \d+ and \d+ mmHg/).waitFor();
    await page.getByLabel('Systolic BP (mmHg)').fill('172');
    await page.getByLabel('Diastolic BP (mmHg)').fill('88');
    await page.getByText(/172 mmHg is above the pre-dose limit/).waitFor();
    await page.getByLabel('Heart rate (beats/min)').fill('80');
    await page.getByLabel('SpO2 (%)').fill('98');
    await page.getByRole('button', { name: 'Save vital signs' }).click();
    await page.getByRole('region', { name: 'Recorded vital signs' }).getByText('172/88').waitFor();

    await page.getByRole('combobox', { name: 'Type' }).fill('Nausea');
    await page.getByLabel('Grade').selectOption({ index: 1 });
    await page.getByLabel('Action taken').selectOption({ index: 1 });
    await page.getByLabel('Outcome').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Save adverse event' }).click();
    await page.getByText('Nausea').first().waitFor();

    // Ready for discharge needs a discharge set of vital signs first.
    await page.getByLabel('Ready for discharge').check();
    await page.getByRole('button', { name: 'Save end and discharge' }).click();
    await page.getByText('Record a set of discharge vital signs first.').waitFor();
    await page.getByLabel('Phase').selectOption('discharge');
    await page.getByLabel('Systolic BP (mmHg)').fill('128');
    await page.getByLabel('Diastolic BP (mmHg)').fill('80');
    await page.getByLabel('Heart rate (beats/min)').fill('72');
    await page.getByLabel('SpO2 (%)').fill('98');
    await page.getByRole('button', { name: 'Save vital signs' }).click();
    await page.getByRole('region', { name: 'Recorded vital signs' }).getByText('128/80').waitFor();
    await page.getByLabel('Ready for discharge').check();
    await page.getByRole('button', { name: 'Save end and discharge' }).click();
    await page
      .getByText(/Discharged|Ready for discharge: yes/)
      .first()
      .waitFor();
    await app.expectAccessible(page, 'care-dosing-record');

    // The client's timeline lists the record and the client is active.
    await openClient(page);
    await enrollment(page).getByText('Active', { exact: true }).first().waitFor();
    await enrollment(page)
      .getByRole('link', { name: /: 36 mg IV/ })
      .first()
      .waitFor();
  }, 180_000);
});
