/**
 * The dose–experience–outcome section in the browser (issue 19 part 3): the clinical lead opens
 * the outcomes of the demo's synthetic psilocybin retreat, reads the acute experience by dose band
 * (chart and table, n per cell), switches to lots, reads the later response and remission of
 * clients with and without a complete mystical experience and the mixed model's line; then the
 * same section in Dutch on a phone 360 px wide, without sideways scrolling. Checked with axe. The
 * clinical lead also sets the retreat's own dose bands on its page (a bad edge refused, naming the
 * field) and the analysis then says the bands are the program's.
 *
 * The data are the demo seed's synthetic organization (src/server/synthetic and
 * src/server/demo/dosing.ts): doses with lots and settings and the MEQ-30 after them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaffDoseExperience } from '../../src/api/dose-experience.ts';
import { apiCall, DEMO_PASSWORD, noSideScroll, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const RETREAT = 'Psilocybin retreat (synthetic)';

async function switchToSynthetic(page: Page): Promise<void> {
  const select = page.getByLabel('Organization', { exact: true });
  const value = await select
    .locator('option', { hasText: 'Synthetic data (generated)' })
    .getAttribute('value');
  if (!value) throw new Error('The demo seed made no synthetic organization (src/server/demo/seed.ts)');
  await select.selectOption(value);
  await expect.poll(() => select.inputValue(), { timeout: 15_000 }).toBe(value);
  await page.waitForLoadState('networkidle');
}

async function openRetreat(page: Page): Promise<{ id: string; data: StaffDoseExperience }> {
  const { items } = await apiCall<{ items: Array<{ id: string; name: string }> }>(
    page,
    'GET',
    '/api/programs?status=all',
  );
  const program = items.find((p) => p.name === RETREAT);
  if (!program) throw new Error(`The synthetic organization has no "${RETREAT}"`);
  const data = await apiCall<StaffDoseExperience>(
    page,
    'GET',
    `/api/programs/${program.id}/outcomes/dose-experience`,
  );
  await page.goto(`${app.url}/programs/${program.id}/outcomes`);
  return { id: program.id, data };
}

describe('dose, setting and experience in the browser', () => {
  it('the clinical lead reads the acute experience by dose band and lot, and the later outcome by it', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');
    await switchToSynthetic(page);
    const { data } = await openRetreat(page);
    expect(data.rated).toBeGreaterThan(0);

    const section = page.getByRole('region', { name: 'Dose, setting and experience', exact: true });
    await section
      .getByRole('button', { name: 'Show the dose and experience analysis' })
      .click({ timeout: 60_000 });
    await section
      .getByText(`of ${data.doses.toLocaleString('en-GB')} doses have an MEQ-30 after them`)
      .waitFor();
    await section
      .getByText(/Complete mystical experience: every one of the four MEQ-30 subscale means/)
      .waitFor();

    // By dose band: the chart (an SVG with its text alternative) and one table row per band.
    await section.locator('figure svg[role="img"]').first().waitFor({ timeout: 15_000 });
    const bands = section.getByRole('region', { name: 'Acute experience by Dose band', exact: true });
    expect(await bands.getByRole('row').count()).toBe(1 + data.acute.doseBand.length);
    expect(await bands.textContent()).toContain('Psilocybin truffles');
    expect(await bands.textContent()).not.toContain('NaN');
    // The demo's SYNTHETIC DEMO CEQ (src/server/demo/ceq.ts): the CEQ mean column.
    expect(data.hasCeq).toBe(true);
    await bands.getByRole('columnheader', { name: 'Mean CEQ total' }).waitFor();

    // By lot: the synthetic lots, each with its n.
    await section.getByLabel('Show the acute experience by', { exact: true }).selectOption('lot');
    const lots = section.getByRole('region', { name: 'Acute experience by Lot', exact: true });
    await lots.getByRole('rowheader', { name: 'SYN-TRUF-A' }).waitFor();
    const lotA = data.acute.lot.find((c) => c.value === 'SYN-TRUF-A')!;
    expect(await lots.getByRole('row', { name: /SYN-TRUF-A/ }).textContent()).toContain(
      `${lotA.complete.n} (${lotA.doses})`,
    );

    // The later outcome: a row per timepoint after baseline, and the mixed model's sentence.
    const later = section.getByRole('region', { name: 'PHQ-9 response and remission by acute experience' });
    expect(await later.getByRole('row').count()).toBe(1 + data.later!.timepoints.length);
    expect(await later.textContent()).toContain('assessed of');
    await section.getByText(/Mixed model with the acute experience as a covariate/).waitFor();
    await section
      .getByText(/McCulloch et al\., Front Pharmacol 2022, doi:10\.3389\/fphar\.2022\.841648/)
      .waitFor();
    await app.expectAccessible(page, 'dose-experience');
    await page.close();
  });

  it('the clinical lead sets the retreat’s own dose bands, and the analysis says it uses them', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');
    await switchToSynthetic(page);
    const { id } = await openRetreat(page);
    await page.goto(`${app.url}/programs/${id}`);
    const editor = page.getByRole('region', { name: 'Dose bands for the outcome analysis', exact: true });
    await editor.getByText('This program sets no dose bands').waitFor({ timeout: 15_000 });
    // Decreasing edges are refused by the server, naming the substance's field.
    const truffles = editor.getByLabel('Band edges for Psilocybin truffles', { exact: true });
    await truffles.fill('20 / 10');
    await editor.getByRole('button', { name: 'Save dose bands' }).click();
    await editor.getByText('The dose bands were not saved').waitFor();
    await editor.getByText(/must be above the edge before it/).waitFor();
    await truffles.fill('10 / 15 / 20');
    await editor.getByLabel('Unit for Psilocybin truffles', { exact: true }).selectOption('g-fresh');
    await editor.getByRole('button', { name: 'Save dose bands' }).click();
    await editor.getByRole('status').getByText('Dose bands saved.').waitFor();
    await editor
      .getByText('Psilocybin truffles: 10 / 15 / 20 g fresh weight (set by the program).')
      .waitFor();

    await page.goto(`${app.url}/programs/${id}/outcomes`);
    const section = page.getByRole('region', { name: 'Dose, setting and experience', exact: true });
    await section
      .getByRole('button', { name: 'Show the dose and experience analysis' })
      .click({ timeout: 60_000 });
    await section
      .getByText(
        'Psilocybin truffles, in g fresh weight: bands set by the program, cut at 10 / 15 / 20 g fresh weight.',
      )
      .waitFor({ timeout: 15_000 });
    const bands = section.getByRole('region', { name: 'Acute experience by Dose band', exact: true });
    await bands.getByRole('rowheader', { name: /Psilocybin truffles 15–20 g fresh weight/ }).waitFor();
    const data = await apiCall<StaffDoseExperience>(
      page,
      'GET',
      `/api/programs/${id}/outcomes/dose-experience`,
    );
    expect(data.bandings.find((b) => b.substance === 'psilocybin-truffles')).toMatchObject({
      method: 'program',
      unit: 'g-fresh',
      cuts: [10, 15, 20],
    });
    // Put back as it was: the other tests read the derived bands.
    await apiCall(page, 'PUT', `/api/programs/${id}/dose-bands`, { bands: [] });
    await page.close();
  });

  it('reads in Dutch on a phone without sideways scrolling', async () => {
    const phone = await app.newPage({ width: 360, height: 780 }, { language: 'nl' });
    await phone.goto(`${app.url}/`);
    await phone.getByLabel('E-mailadres').fill('clinician@demo-retreat.example');
    await phone.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await phone.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => phone.url(), { timeout: 15_000 }).not.toContain('sign-in');
    // On a phone the organization menu sits behind the navigation button: switch as it would.
    const value = await phone
      .getByLabel('Organisatie', { exact: true })
      .locator('option', { hasText: 'Synthetic data (generated)' })
      .getAttribute('value');
    await apiCall(phone, 'PUT', '/api/session/organization', { organizationId: value });
    await openRetreat(phone);
    const section = phone.getByRole('region', { name: 'Dosis, setting en ervaring', exact: true });
    await section
      .getByRole('button', { name: 'Toon de analyse van dosis en ervaring' })
      .click({ timeout: 60_000 });
    await section.getByText(/Volledige mystieke ervaring: elk van de vier subschaalgemiddelden/).waitFor();
    await section.locator('figure svg[role="img"]').first().waitFor({ timeout: 15_000 });
    await section.getByText(/Gemengd model met de acute ervaring als covariaat/).waitFor();
    expect(await noSideScroll(phone)).toBe(0);
    await app.expectAccessible(phone, 'dose-experience-nl-360');
    await phone.close();
  });
});
