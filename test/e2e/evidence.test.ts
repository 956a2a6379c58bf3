import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const newPage = app.newPage;
const signIn = app.signIn;
const expectAccessible = app.expectAccessible;

const FEDER_TITLE =
  'Combining ketamine infusions and written exposure therapy for chronic PTSD: an open-label trial';
const FEDER_DOI = '10.4088/JCP.24m15622';
const MOORE_DOI = '10.1016/j.jad.2025.04.041';

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(path, 'utf8') };
}

async function searchLibrary(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search the library' }).fill(text);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(text);
}

async function runBcgExample(page: Page) {
  await page.goto(`${app.url}/meta`);
  await page.getByRole('heading', { name: 'Meta-analysis', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Load the BCG example' }).click();
  await page.getByText('Example data: BCG vaccine trials (metafor example dataset dat.bcg)').waitFor();
  await page.getByRole('button', { name: 'Run the meta-analysis' }).click();
  await page.getByRole('heading', { name: 'Result', level: 2 }).waitFor({ timeout: 15_000 });
}

describe('evidence library and meta-analysis in the browser', () => {
  it('finds the right paper for a wrong circulated citation, and exports a selection', async () => {
    const page = await newPage();
    await signIn(page, 'researcher@demo-retreat.example');
    await page.getByRole('link', { name: 'Evidence library' }).click();
    await page.getByRole('heading', { name: 'Evidence library', level: 1 }).waitFor();
    const results = page.getByRole('list', { name: 'Studies found' });
    await results.getByRole('link', { name: FEDER_TITLE }).waitFor();
    await expectAccessible(page, 'evidence');

    // The circulated "Johnson, Rodrigues, Weisz … (2025)" does not exist: the search finds Moore et al. 2025.
    await searchLibrary(page, 'Johnson Rodrigues Weisz');
    await page.getByText('1 study found').waitFor();
    const moore = results.getByRole('listitem');
    expect(await moore.count()).toBe(1);
    await moore.getByText('Moore et al. 2025').waitFor();
    await moore.getByText('Citation corrected').waitFor();
    await moore.getByText(/Johnson, D\. E\., Rodrigues, N\. B\., Weisz, S\./).waitFor();
    await moore
      .getByText(/No paper with this citation was found\. The finding it describes is Moore TM/)
      .waitFor();
    await expectAccessible(page, 'evidence-circulated-citation');
    await page.getByRole('checkbox', { name: 'Select Moore et al. 2025 for export' }).check();

    // Filters offer the values present; the selection survives a new search.
    await searchLibrary(page, 'Feder');
    await page.getByLabel('Drug').selectOption('ketamine');
    await page.getByLabel('Route').selectOption('IV');
    await expect.poll(() => new URL(page.url()).searchParams.get('route')).toBe('IV');
    await results.getByRole('link', { name: FEDER_TITLE }).waitFor();
    await page.getByRole('checkbox', { name: 'Select Feder et al. 2025 for export' }).check();
    await page.getByText('2 studies selected.').waitFor();

    const bib = await download(page, () => page.getByRole('button', { name: 'Download BibTeX' }).click());
    expect(bib.name).toBe('threshold-studies.bib');
    expect(bib.text).toContain(`doi = {${FEDER_DOI}}`);
    expect(bib.text).toContain(`doi = {${MOORE_DOI}}`);

    await page.getByLabel('Format').selectOption('apa');
    await page.getByRole('button', { name: 'Show APA 7 references' }).click();
    const apa = page.getByRole('textbox', { name: 'APA 7 references' });
    await expect.poll(() => apa.inputValue()).toContain(`https://doi.org/${FEDER_DOI}`);
    expect(await apa.inputValue()).toContain('Moore, T. M., Walker, K.');

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('shows a study: every fact with its badge and source, outcomes, circulated citations and cautions', async () => {
    const page = await newPage();
    await signIn(page, 'clinician@demo-retreat.example');
    await page.goto(`${app.url}/evidence?q=Feder`);
    await page.getByRole('link', { name: FEDER_TITLE }).click();
    await page.getByRole('heading', { name: FEDER_TITLE, level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    for (const heading of [
      'Citation',
      'Study',
      'Intervention',
      'Outcomes',
      'Key findings',
      'Circulated as',
    ]) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    // The formatted reference and plain links to doi.org, PubMed and the registry.
    await page
      .getByRole('region', { name: 'Citation' })
      .getByText(/^Feder, A\., Brown, O\., Rutter, S\. B\., Cahn, L\./)
      .waitFor();
    expect(await page.getByRole('link', { name: `doi:${FEDER_DOI}` }).getAttribute('href')).toBe(
      `https://doi.org/${FEDER_DOI}`,
    );
    expect(await page.getByRole('link', { name: 'PMID 40215385' }).getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/40215385/',
    );
    await page.getByRole('link', { name: 'NCT04889664' }).waitFor();

    // The 69% is CAPS-5 response (≥30% improvement), not PCL-5, and the row says it was corrected.
    const outcomes = page.getByRole('region', { name: 'Outcomes as reported' });
    const response = outcomes.getByRole('row').filter({ hasText: '9/13 (69%)' });
    await response.getByRole('rowheader', { name: 'CAPS-5' }).waitFor();
    await response.getByRole('cell', { name: 'response (≥30% CAPS-5 improvement)' }).waitFor();
    await response.getByText('Corrected').waitFor();
    await response.getByText(/Response is defined on the clinician-rated CAPS-5/).waitFor();
    await outcomes.getByText("Cohen's d 1.9 (95% CI 1.0 to 2.8); p < .001").waitFor();

    // Every fact has a badge and a Source disclosure.
    expect(await page.locator('details.threshold-source').count()).toBeGreaterThan(15);
    const source = page.locator('summary', { hasText: 'Source of the citation' });
    await source.click();
    await expect.poll(() => source.locator('..').getAttribute('open')).not.toBeNull();
    await page.getByText(/Names 8 of the 18 authors without "et al\."/).waitFor();
    await expectAccessible(page, 'evidence-study-feder-2025');

    // Cautions stand out at the top of a study that has them.
    await page.goto(`${app.url}/evidence/metaxa-2024`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Do not use this study’s pooled estimate').waitFor();
    await page
      .getByRole('note', { name: 'Caution' })
      .filter({ hasText: 'carries an expression of concern' })
      .waitFor();
    await expectAccessible(page, 'evidence-study-metaxa-2024');

    await page.goto(`${app.url}/evidence/no-such-study`);
    await page.getByRole('heading', { name: 'Study not found', level: 1 }).waitFor();
  });

  it('runs the BCG example with REML as metafor does, with both plots, and names a bad cell', async () => {
    const page = await newPage();
    await signIn(page, 'researcher@demo-retreat.example');
    await page.getByRole('link', { name: 'Meta-analysis' }).click();
    await page.getByRole('heading', { name: 'Meta-analysis', level: 1 }).waitFor();
    await expectAccessible(page, 'meta');

    await runBcgExample(page);
    // metafor: rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
    const result = page.getByRole('region', { name: 'Result', exact: true });
    await result
      .getByText('Pooled RR 0.49 (95% CI 0.34 to 0.70); log risk ratio −0.7145 (95% CI −1.0669 to −0.3622)')
      .waitFor();
    await result.getByText('0.3132 (SE 0.1664); τ = 0.5597').waitFor();
    await result.getByText('92.22% (H² = 12.86)').waitFor();
    await result.getByText('Q = 152.2330 (df 12), p < 0.0001').waitFor();
    await result.getByText(/^log risk ratio −1\.8667 to 0\.4376/).waitFor();
    const perStudy = page.getByRole('region', { name: 'Per-study results' });
    const aronson = perStudy
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Aronson 1948' }) });
    await aronson.getByRole('cell', { name: '5.06%' }).waitFor();

    const forest = page.getByRole('img', { name: /^Forest plot: 13 studies, RR/ });
    await forest.waitFor();
    expect(await forest.getAttribute('alt')).toContain('Pooled RR 0.49 [0.34, 0.70]');
    await expect.poll(() => forest.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const funnel = page.getByRole('img', { name: /^Funnel plot/ });
    await expect.poll(() => funnel.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const svg = await download(page, () =>
      page.getByRole('button', { name: 'Download forest plot (SVG)' }).click(),
    );
    expect(svg.name).toBe('forest-plot.svg');
    expect(svg.text).toContain('<svg');
    await expectAccessible(page, 'meta-bcg-reml');

    // Knapp–Hartung: same estimate, wider CI (metafor: −1.1084 to −0.3206).
    await page.getByLabel('Test for the pooled estimate').selectOption('knha');
    await page.getByText('The inputs have changed').waitFor();
    await page.getByRole('button', { name: 'Run the meta-analysis' }).click();
    await page
      .getByRole('region', { name: 'Result', exact: true })
      .getByText(/log risk ratio −0\.7145 \(95% CI −1\.1084 to −0\.3206\)/)
      .waitFor();

    // A value the server refuses is shown under the cell it names (studies[3].ai).
    const cell = page.getByRole('textbox', { name: 'Treatment events (ai), row 4 (Hart & Sutherland 1977)' });
    await cell.fill('-62');
    await page.getByRole('button', { name: 'Run the meta-analysis' }).click();
    await page.getByText('Must not be negative (got -62).').first().waitFor();
    await expect.poll(() => cell.getAttribute('aria-invalid')).toBe('true');
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    const describedBy = (await cell.getAttribute('aria-describedby')) ?? '';
    const described = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(described).toContain('Must not be negative (got -62).');
    await page
      .getByRole('alert')
      .getByText(/Row 4 \(Hart & Sutherland 1977\), Treatment events \(ai\)/)
      .waitFor();
    // Text that is not a number is caught before anything is sent.
    await cell.fill('sixty');
    await page.getByRole('button', { name: 'Run the meta-analysis' }).click();
    await page.getByText('Enter a number, such as 12 or 0.35.').first().waitFor();
    await expectAccessible(page, 'meta-cell-errors');

    // Clearing a table with data asks first.
    await page.getByRole('button', { name: 'Clear the table' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the table?' });
    await dialog.getByRole('button', { name: 'Clear the table' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('textbox', { name: /^Study label, row/ }).count()).toBe(3);
    expect(await page.getByRole('textbox', { name: 'Study label, row 1' }).inputValue()).toBe('');
  });

  it('reads a CSV table with escalc column names', async () => {
    const page = await newPage();
    await signIn(page, 'researcher@demo-retreat.example');
    await page.goto(`${app.url}/meta`);
    await page.getByText('Paste a CSV table').click();
    await page
      .getByLabel('CSV with escalc column names')
      .fill('study,yi,vi\nA,-0.5,0.04\nB,-0.3,0.09\nC,-0.9,0.16\n');
    await page.getByRole('button', { name: 'Replace the table with this CSV' }).click();
    await page.getByText('Read 3 studies with columns yi, vi.').waitFor();
    expect(await page.getByLabel('Effect measure').inputValue()).toBe('GEN');
    await page.getByLabel('Method').selectOption('FE');
    await page.getByRole('button', { name: 'Run the meta-analysis' }).click();
    await page.getByRole('heading', { name: 'Result', level: 2 }).waitFor();
    await page.getByText('None for a fixed-effects model').waitFor();
  });

  it('lets a curator import BibTeX: new papers added, known ones named as duplicates', async () => {
    const page = await newPage();
    await signIn(page, 'researcher@demo-retreat.example');
    await page.goto(`${app.url}/evidence`);
    await page.getByRole('button', { name: 'Import citations' }).click();
    await page.getByRole('heading', { name: 'Import citations', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Paste citations or upload a file.').waitFor();
    await page
      .getByRole('textbox', { name: 'Citations' })
      .fill(
        [
          '@article{newpaper, title = {Esketamine nasal spray in a retreat-centre cohort: a pilot}, ',
          '  author = {Lindqvist, Maja and Okafor, Chidi}, journal = {Psychedelic Med}, year = {2024}}',
          `@article{again, title = {Ketamine and WET}, doi = {${FEDER_DOI}}, year = {2025}}`,
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Import done: 1 added, 1 already in the library.').waitFor();
    await page
      .getByRole('link', { name: 'Esketamine nasal spray in a retreat-centre cohort: a pilot' })
      .waitFor();
    const duplicates = page.getByRole('region', { name: 'Duplicates' });
    await duplicates.getByRole('link', { name: 'feder-2025' }).waitFor();
    await duplicates.getByText('DOI', { exact: true }).waitFor();
    await expectAccessible(page, 'evidence-import');

    // The new paper is in the library, marked as unverified imported metadata.
    await page.goto(`${app.url}/evidence?q=Lindqvist`);
    await page.getByText('Imported: unverified').waitFor();

    // A content the server cannot read is refused under the text box.
    await page.goto(`${app.url}/evidence/import`);
    await page.getByLabel('Format').selectOption('csl-json');
    await page.getByRole('textbox', { name: 'Citations' }).fill('{ not json');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Is not valid JSON/).waitFor();
  });

  it('offers no import to roles that may not curate', async () => {
    const page = await newPage();
    await signIn(page, 'intake@demo-retreat.example');
    await page.getByRole('link', { name: 'Evidence library' }).click();
    await page.getByRole('heading', { name: 'Evidence library', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Studies found' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import citations' }).count()).toBe(0);
    await page.goto(`${app.url}/evidence/import`);
    await page.getByRole('heading', { name: 'Not available', level: 1 }).waitFor();
  });

  it('works at a phone width: nothing scrolls sideways', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await signIn(page, 'researcher@demo-retreat.example');
    await page.goto(`${app.url}/evidence?q=Johnson%20Rodrigues%20Weisz`);
    await page.getByText('Citation corrected').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'evidence-phone');

    await page.goto(`${app.url}/evidence/feder-2025`);
    await page.getByRole('region', { name: 'Outcomes as reported' }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'evidence-study-phone');

    await runBcgExample(page);
    await page.getByRole('img', { name: /^Forest plot/ }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'meta-phone');
  });
});
