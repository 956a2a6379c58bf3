/**
 * Journey 7 (../shared/product/journeys.md), "A researcher does their own analysis", in Chromium:
 * the researcher sees only pseudonymous ids in the outcomes, exports the tidy CSV, selects three
 * studies in the evidence library, opens the meta-analysis with them loaded (nothing typed), pools
 * them with REML and gets metafor's numbers, and exports the references as BibTeX.
 *
 * metafor 3.8.1: rma(measure = "PLO", xi = c(9, 29, 21), ni = c(13, 79, 30), method = "REML") —
 * Feder et al. 2025 (response 9 of 13), Goodwin et al. 2022 (25 mg, response 29 of 79) and
 * Carhart-Harris et al. 2021 (psilocybin, response 21 of 30): estimate 0.2874 (−0.6896 to 1.2645),
 * tau² 0.5742 (SE 0.7499), I² 79.38%, H² 4.85, Q 11.5776 (df 2); proportion 0.571 (0.334 to 0.780).
 *
 * Steps from journeys.md → asserted at:
 *  - only pseudonymous ids and shifted dates → the de-identified note (dates shifted per client),
 *    the CSV's S-/E- ids and no names
 *  - exports tidy CSV, read into R unchanged → one header, every row the same width (R is not on
 *    the test machine; the numbers below are metafor's, run elsewhere)
 *  - pools three library studies with REML, metafor's numbers → the Result region
 *  - exports the references as BibTeX → the three pooled studies, one entry each
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from '../support.ts';

const app = setupBrowserApp();

async function switchToSynthetic(page: Page): Promise<void> {
  const select = page.getByLabel('Organization');
  const value = await select
    .locator('option', { hasText: 'Synthetic data (generated)' })
    .getAttribute('value');
  expect(value, 'the demo seed adds the synthetic organization').toBeTruthy();
  await select.selectOption(value!);
  await expect.poll(() => select.inputValue()).toBe(value);
  await page.waitForLoadState('networkidle');
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

const STUDIES = [
  { citation: 'Feder et al. 2025', search: 'Feder' },
  { citation: 'Goodwin et al. 2022', search: 'Goodwin' },
  { citation: 'Carhart-Harris et al. 2021', search: 'Carhart-Harris' },
];

describe('journey 7: a researcher does their own analysis', () => {
  it('sees pseudonymous outcomes, exports tidy CSV, pools three library studies with REML and exports BibTeX', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'researcher@demo-retreat.example');
    await switchToSynthetic(page);

    // Outcomes: marked de-identified; the tidy CSV has pseudonymous ids only.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Outcomes' })
      .click();
    await page.getByRole('heading', { name: 'Outcomes', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: 'Programs' })
      .getByRole('link', { name: /Psilocybin retreat/ })
      .click();
    await page
      .getByRole('heading', { name: /^Outcomes: Psilocybin retreat/, level: 1 })
      .waitFor({ timeout: 30_000 });
    const deidentified = page.getByRole('note').filter({ hasText: 'De-identified view' });
    await deidentified.waitFor();
    // Shifted dates: the page says so before the CSV is taken.
    await deidentified
      .getByText(/all of a client’s dates are shifted by that client’s own number of days/)
      .waitFor();
    const csv = await download(page, () =>
      page.getByRole('link', { name: 'Download CSV', exact: true }).click(),
    );
    const [header, first] = csv.text.split(/\r?\n/);
    expect(header!.split(',').slice(0, 2)).toEqual(['client', 'enrollment']);
    expect(first).toMatch(/^S-[0-9a-f]{12},E-[0-9a-f]{12},/);
    expect(csv.text).not.toMatch(/Synthetic \d{6}/); // no client names
    // Tidy: one header, then rows of the same width (read.csv takes it unchanged).
    const width = header!.split(',').length;
    const lines = csv.text.split(/\r?\n/).filter(Boolean);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1, 50)) expect(line.split(',').length).toBe(width);
    await app.expectAccessible(page, 'journey-7-outcomes');

    // The evidence library: three studies selected, then "Analyse these studies".
    await page.getByRole('link', { name: 'Evidence library' }).click();
    await page.getByRole('heading', { name: 'Evidence library', level: 1 }).waitFor();
    for (const s of STUDIES) {
      await page.getByRole('searchbox', { name: 'Search the library' }).fill(s.search);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(s.search);
      await page.getByRole('checkbox', { name: `Select ${s.citation} for export` }).check();
    }
    await page.getByText('3 studies selected.').waitFor();
    await page.getByRole('button', { name: 'Analyse these studies' }).click();

    // The meta-analysis opens with them: each study's counted outcomes to choose from, a response first.
    await page.getByRole('heading', { name: 'Meta-analysis', level: 1 }).waitFor();
    const library = page.getByRole('region', { name: 'Studies from the evidence library' });
    for (const s of STUDIES) await library.getByLabel(s.citation).waitFor();
    expect(await library.getByLabel('Feder et al. 2025').inputValue()).toBeTruthy();
    expect(await library.getByLabel('Feder et al. 2025').locator('option:checked').textContent()).toContain(
      'response (≥30% CAPS-5 improvement), ketamine + WET, week 12 after WET start: 9 of 13',
    );
    expect(await library.getByLabel('Goodwin et al. 2022').locator('option:checked').textContent()).toContain(
      '25 mg, week 3: 29 of 79',
    );
    await app.expectAccessible(page, 'journey-7-meta-library');
    await library.getByRole('button', { name: 'Load 3 studies into the table' }).click();
    await page.getByText(/Loaded 3 studies from the evidence library/).waitFor();
    expect(await page.getByLabel('Effect measure').inputValue()).toBe('PLO');

    // REML, and metafor's numbers.
    await page.getByRole('button', { name: 'Run the meta-analysis' }).click();
    const result = page.getByRole('region', { name: 'Result', exact: true });
    await result.waitFor({ timeout: 15_000 });
    await result
      .getByText(
        'Pooled proportion 0.571 (95% CI 0.334 to 0.780); logit proportion 0.2874 (95% CI −0.6896 to 1.2645)',
      )
      .waitFor();
    await result.getByText('0.5742 (SE 0.7499); τ = 0.7578').waitFor();
    await result.getByText('79.38% (H² = 4.85)').waitFor();
    await result.getByText(/Q = 11\.5776 \(df 2\)/).waitFor();
    await page.getByRole('img', { name: /^Forest plot: 3 studies/ }).waitFor();
    await app.expectAccessible(page, 'journey-7-meta-result');

    // Back in the library, the references for the manuscript as BibTeX.
    await page.goBack();
    await page.getByRole('heading', { name: 'Evidence library', level: 1 }).waitFor();
    for (const s of STUDIES) {
      await page.getByRole('searchbox', { name: 'Search the library' }).fill(s.search);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(s.search);
      await page.getByRole('checkbox', { name: `Select ${s.citation} for export` }).check();
    }
    const bib = await download(page, () => page.getByRole('button', { name: 'Download BibTeX' }).click());
    expect(bib.name).toBe('threshold-studies.bib');
    // The three pooled studies, each once.
    expect(bib.text.match(/^@\w+\{/gm)).toHaveLength(3);
    expect(bib.text).toContain('doi = {10.4088/JCP.24m15622}');
    for (const name of ['Goodwin', 'Carhart-Harris']) expect(bib.text).toContain(name);
  }, 180_000); // a whole journey
});
