/**
 * Journeys 2 and 3 in the browser, on the demo KAP client (Daan Visser, referred to the Feder 2025
 * program): intake records the screening, a clinician decides eligibility and records consent, the
 * timeline shows the client cleared, and the first infusion day runs in its real order: baseline vital
 * signs (flagged: the dose is blocked), a clinician's override with a reason, the dose (360 mg at
 * 72 kg: a red warning and a confirmation with a reason), vitals at +40 minutes, an adverse event
 * and the discharge. Bad input is tried at each form. Every page is checked with axe.
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
  await page.getByRole('heading', { name: /Ketamine-infusies/, level: 3 }).waitFor();
}

const enrollment = (page: Page) => page.getByRole('article').filter({ hasText: 'Ketamine-infusies' });

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
      .getByText(/Toestemmingsformulier ketaminebehandeling \(demo\)/)
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

  it('the ketamine day in its real order: a flagged baseline blocks the dose, a clinician overrides, 360 mg needs a confirmation', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'facilitator@demo-retreat.example');
    await openClient(page);
    await enrollment(page).getByRole('link', { name: 'Ketamine-infusie' }).first().click();
    await page.getByRole('heading', { name: /Ketamine-infusie/, level: 1 }).waitFor();
    await app.expectAccessible(page, 'care-session');

    await page.getByRole('link', { name: `Dosing day for ${CLIENT}` }).click();
    await page.getByRole('heading', { name: 'Dosing day', level: 1 }).waitFor();
    await page.getByText('Cleared for dosing').waitFor();

    // 1. Baseline vitals before any dose: the impossible is refused while typing, the high is flagged.
    const baseline = page.getByRole('region', { name: /Baseline vital signs/ });
    await baseline.getByLabel('Systolic BP (mmHg)').fill('500');
    await baseline.getByText(/must be between \d+ and \d+ mmHg/).waitFor();
    await baseline.getByLabel('Systolic BP (mmHg)').fill('172');
    await baseline.getByLabel('Diastolic BP (mmHg)').fill('88');
    await baseline
      .getByText(/172 mmHg is above the pre-dose limit/)
      .first()
      .waitFor();
    await baseline.getByLabel('Heart rate (beats/min)').fill('80');
    await baseline.getByRole('button', { name: 'Save vital signs' }).click();
    await baseline.getByText('172/88').waitFor();
    await page.getByText('The dose is blocked', { exact: true }).waitFor();
    // A facilitator cannot override.
    await baseline.getByText('Only a clinician can override this reading.').waitFor();
    expect(await page.getByRole('button', { name: /Override/ }).count()).toBe(0);

    // 2. The dose: 360 mg at 72 kg is 10× the plan: a red warning asks for a reason.
    await page.getByLabel('Dose (mg)').fill('360');
    await page.getByLabel('Body weight (kg)').fill('72');
    await page.getByText(/5 mg\/kg: 10× the program's planned 0.5 mg\/kg \(36 mg\)/).waitFor();
    await page.getByLabel('Lot number').fill('LOT-E2E-1');
    expect(await page.getByRole('button', { name: 'Confirm and save the dose' }).isDisabled()).toBe(true);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: '.tmp/dosing-day-blocked-360.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.expectAccessible(page, 'care-dosing-day-blocked');

    // A clinician reviews the reading and records an override with a reason.
    const clinician = await app.newPage();
    await app.signIn(clinician, 'clinician@demo-retreat.example');
    await clinician.goto(page.url());
    await clinician.getByRole('heading', { name: 'Dosing day', level: 1 }).waitFor();
    await clinician.getByRole('button', { name: 'Override as clinician…' }).click();
    await clinician.getByRole('button', { name: 'Record override' }).click();
    await clinician.getByText('Give the reason the dose may be given at this blood pressure.').waitFor();
    await clinician
      .getByLabel('Reason for giving the dose at this blood pressure')
      .fill('White-coat pattern; home readings below 140/90 all week.');
    await clinician.getByRole('button', { name: 'Record override' }).click();
    await clinician.getByText(/overridden by a clinician/).waitFor();

    await page.reload();
    await page
      .getByText(/White-coat pattern/)
      .first()
      .waitFor();
    await page.getByRole('textbox', { name: /^Substance/ }).fill('Ketamine');
    await page.getByLabel('Route').selectOption('IV');
    await page.getByLabel('Dose (mg)').fill('360');
    await page.getByLabel('Body weight (kg)').fill('72');
    await page.getByLabel('Lot number').fill('LOT-E2E-1');
    await page.getByRole('button', { name: 'Confirm and save the dose' }).click();
    await page.getByText('This dose is far above the plan: give the reason to confirm it.').waitFor();
    await page
      .getByLabel(/Confirm this dose: reason/)
      .fill('Oral protocol amendment, prescribed by Dr. Jansen.');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: '.tmp/dosing-day-confirm-360.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: '.tmp/dosing-day-confirm.png', fullPage: true });
    await app.expectAccessible(page, 'care-dosing-day-confirm');
    await page.getByRole('button', { name: 'Confirm and save the dose' }).click();
    await page.waitForURL(/\/dosing-records\/[0-9a-f-]{36}$/);
    await page.getByText('5 mg/kg').first().waitFor();
    await page.getByText('Oral protocol amendment, prescribed by Dr. Jansen.').waitFor();
    // The baseline taken before the dose is on the record, with its override.
    await page.getByRole('region', { name: 'Recorded vital signs' }).getByText('172/88').waitFor();
    await page
      .getByText(/White-coat pattern/)
      .first()
      .waitFor();
    await page.screenshot({ path: '.tmp/dosing-record.png', fullPage: true });

    // 3. +40 minutes: vital signs during the session.
    await page.getByLabel('Systolic BP (mmHg)').fill('150');
    await page.getByLabel('Diastolic BP (mmHg)').fill('85');
    await page.getByRole('button', { name: 'Save vital signs' }).click();
    await page.getByRole('region', { name: 'Recorded vital signs' }).getByText('150/85').waitFor();

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
      .getByRole('link', { name: /: 360 mg IV/ })
      .first()
      .waitFor();
  }, 180_000);
});
