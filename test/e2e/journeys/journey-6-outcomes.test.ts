/**
 * Journey 6 (../shared/product/journeys.md), "The clinical lead, six months later", in Chromium:
 * opens the program's outcomes (n assessed of n expected at each timepoint, mean change with CIs,
 * response and remission, durability, the flow), compares two cohorts side by side, downloads the
 * tables and prints the report; then reads the same on a 360 px phone. From the outcomes she opens
 * the evidence view: the program's response beside published ketamine and psilocybin studies on one
 * forest plot, marked as real-world data and not pooled. The demo's synthetic
 * organization holds the program (src/server/synthetic); its retreat cohorts stand for spring
 * and autumn.
 *
 * Steps from journeys.md → asserted at:
 *  - n assessed of n expected at each timepoint → first test, every timepoint row
 *  - mean change with CIs, % response and remission → the first change row (mean and its CI,
 *    response %, remission %)
 *  - durability at 3 and 6 months → its heading; dropouts and the CONSORT-style flow → the flow
 *    list ("Started treatment")
 *  - compares the spring and autumn cohorts → two cohorts side by side, A − B per timepoint
 *  - the evidence view: the program's response beside ketamine and psilocybin studies on one forest
 *    plot, marked real-world → second test
 *  - downloads the tables → the CSV
 *  Half-asserted: the durability and dropout figures are shown but not compared with the API's
 *  numbers.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaffOutcomes as Outcomes } from '../../../src/api/outcomes.ts';
import { setupBrowserApp } from '../support.ts';

const app = setupBrowserApp();
const PROGRAM = /^Psilocybin retreat/;

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

const getJson = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (p) => (await fetch(p, { headers: { accept: 'application/json' } })).json(), path);

const n = (x: number) => x.toLocaleString('en-GB');
/** A change as the dashboard prints it: one decimal, a real minus sign, "+" when positive. */
const signed = (x: number) => {
  const s = Math.abs(x).toFixed(1);
  return Number(s) === 0 ? s : `${x < 0 ? '\u2212' : '+'}${s}`;
};

/** A number as the dashboard prints it without a plus: one decimal, a real minus sign. */
const plain = (x: number) => {
  const s = Math.abs(x).toFixed(1);
  return Number(s) === 0 || x > 0 ? s : `\u2212${s}`;
};

async function openProgram(page: Page): Promise<{ id: string; name: string }> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Outcomes' })
    .click();
  await page.getByRole('heading', { name: 'Outcomes', level: 1 }).waitFor();
  const link = page.getByRole('region', { name: 'Programs' }).getByRole('link', { name: PROGRAM });
  const name = (await link.textContent())!;
  await link.click();
  await page.getByRole('heading', { name: `Outcomes: ${name}`, level: 1 }).waitFor({ timeout: 30_000 });
  return { id: new URL(page.url()).pathname.split('/')[2]!, name };
}

describe('journey 6: the clinical lead, six months later', () => {
  it('reads the outcomes, compares two cohorts, downloads the tables and prints the report', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');
    await switchToSynthetic(page);
    const program = await openProgram(page);
    const outcomes = await getJson<Outcomes>(page, `/api/programs/${program.id}/outcomes`);
    const report = outcomes.report!;
    expect(report.subjects).toBeGreaterThan(0);

    // n assessed of n expected at each timepoint, mean change with its CI, response and remission.
    const table = page.getByRole('region', { name: 'PHQ-9 at each timepoint', exact: true });
    for (const t of report.timepoints)
      expect(await table.getByRole('row').filter({ hasText: t.label }).first().textContent()).toContain(
        `${n(t.assessed)} / ${n(t.expected)}`,
      );
    const week = report.timepoints.find((t) => t.change)!;
    const weekRow = (await table.getByRole('row').filter({ hasText: week.label }).first().textContent())!;
    expect(weekRow).toContain(signed(week.change!.mean!));
    // Its 95% CI, as the row prints it: "−5.1 to −2.3".
    const ci = week.change!.ci!;
    expect(weekRow).toContain(`${plain(ci.lower)} to ${plain(ci.upper)}`);
    expect(weekRow).toContain(`${Math.round(week.response!.percent!)}%`);
    expect(weekRow).toContain(`${Math.round(week.remission!.percent!)}%`);
    await page.getByRole('heading', { name: 'Durability of response', level: 2 }).waitFor();
    await page
      .getByRole('list', { name: 'Flow of clients through the program' })
      .getByText('Started treatment')
      .waitFor();

    // Two cohorts side by side: each cohort's figures and A − B with its interval.
    const cohorts = outcomes.filters.cohort;
    expect(cohorts.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [cohorts[1]!, cohorts[2]!];
    const compare = page.getByRole('region', { name: 'Compare two cohorts' });
    await compare.getByText('Choose two cohorts to see them side by side.').waitFor();
    await compare.getByLabel('Cohort A').selectOption(a.value);
    await compare.getByLabel('Cohort B').selectOption(b.value);
    await expect.poll(() => new URL(page.url()).searchParams.get('compareWith')).toBe(b.value);
    const pair = (
      await getJson<Outcomes>(
        page,
        `/api/programs/${program.id}/outcomes?compare=${a.value}&compareWith=${b.value}`,
      )
    ).report!.comparison!;
    const side = page.getByRole('region', { name: `${a.label} (A) and ${b.label} (B) compared` });
    await side.waitFor();
    const first = pair.timepoints.find((t) => t.meanChangeDifference)!;
    const rows = side.getByRole('row').filter({ hasText: 'A − B' });
    expect(await rows.count()).toBe(pair.timepoints.length - 1);
    expect(await rows.first().textContent()).toContain(signed(first.meanChangeDifference!.estimate));
    await compare.getByText(`${a.label} (A): ${n(pair.a.subjects)} clients started`).waitFor();
    if (pair.timepoints.some((t) => t.nTooSmall)) {
      await compare.getByRole('note').filter({ hasText: 'fewer than 10 clients with a change' }).waitFor();
      await side.getByText('few clients').first().waitFor();
    }
    await app.expectAccessible(page, 'journey-6-compare');

    // The tables as CSV: every timepoint, both cohorts and their difference.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download tables (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^outcomes-summary-.*\.csv$/);
    const csv = fs.readFileSync(await file.path(), 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe('table,group,timepoint,timepoint_label,statistic,n,estimate,lower,upper,suppressed');
    expect(csv.some((l) => l.startsWith(`timepoints,all,${week.key},`) && l.includes(',change_mean,'))).toBe(
      true,
    );
    expect(csv.some((l) => l.startsWith(`cohorts,${a.label},`))).toBe(true);
    expect(csv.some((l) => l.includes(',change_mean_difference,'))).toBe(true);

    // The printed report: the figures and the chart, without the app's navigation and controls.
    await page.locator('figure svg[aria-label]').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Print report' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
    expect(await page.locator('figure svg[aria-label]').first().isVisible()).toBe(true);
    expect(await side.isVisible()).toBe(true);
    await page.getByText(`Cohort A: ${a.label}`).waitFor();
    await page.screenshot({ path: '.tmp/screenshots/journey-6-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // On a phone: the same comparison, nothing wider than the screen.
    const phone = await app.newPage();
    await app.signIn(phone, 'clinician@demo-retreat.example');
    await switchToSynthetic(phone);
    await phone.setViewportSize({ width: 360, height: 780 });
    await phone.goto(`${app.url}/programs/${program.id}/outcomes?compare=${a.value}&compareWith=${b.value}`);
    await phone
      .getByRole('region', { name: `${a.label} (A) and ${b.label} (B) compared` })
      .waitFor({ timeout: 30_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await app.expectAccessible(phone, 'journey-6-compare-phone');
  }, 180_000); // a whole journey, on two screens

  it("opens the evidence view: the program's response beside the published studies, not pooled", async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');
    await switchToSynthetic(page);
    const program = await openProgram(page);

    // From the outcomes to the evidence library, the program remembered.
    await page.getByRole('link', { name: 'Compare with the published studies' }).click();
    await page.getByRole('heading', { name: 'Evidence library', level: 1 }).waitFor();
    // One ketamine and two psilocybin trials that report responders as counts.
    for (const s of [
      { citation: 'Feder et al. 2025', search: 'Feder' },
      { citation: 'Goodwin et al. 2022', search: 'Goodwin' },
      { citation: 'Carhart-Harris et al. 2021', search: 'Carhart-Harris' },
    ]) {
      await page.getByRole('searchbox', { name: 'Search the library' }).fill(s.search);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(s.search);
      await page.getByRole('checkbox', { name: `Select ${s.citation} for export` }).check();
    }
    await page.getByRole('button', { name: 'Analyse these studies' }).click();
    await page.getByRole('heading', { name: 'Meta-analysis', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('program')).toBe(program.id);
    const library = page.getByRole('region', { name: 'Studies from the evidence library' });
    await library.getByRole('button', { name: 'Load 3 studies into the table' }).click();
    await page.getByText(/Loaded 3 studies from the evidence library/).waitFor();
    expect(await page.getByLabel('Effect measure').inputValue()).toBe('PLO');

    // The real-world row is already this program, from Threshold's outcomes: PHQ-9 at a follow-up.
    await page
      .getByRole('radio', { name: 'From Threshold’s outcomes' })
      .and(page.locator(':checked'))
      .waitFor();
    await expect.poll(() => page.getByLabel('Program', { exact: true }).inputValue()).toBe(program.id);
    await page.getByLabel('Questionnaire', { exact: true }).selectOption({ label: 'PHQ-9' });
    const timepoint = page.getByLabel('Timepoint', { exact: true });
    await expect.poll(() => timepoint.isEnabled()).toBe(true);
    const usable = await timepoint
      .locator('option:not([disabled])')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(usable.length).toBeGreaterThan(0);
    await timepoint.selectOption(usable[usable.length - 1]!);

    // One forest plot: the three trials pooled, the program below them as real-world data.
    await page.getByRole('button', { name: 'Run the meta-analysis' }).click();
    const result = page.getByRole('region', { name: 'Result', exact: true });
    await result.waitFor({ timeout: 15_000 });
    const beside = page.getByRole('region', { name: 'Pooled and real-world estimates' });
    await beside.getByRole('rowheader', { name: 'Pooled estimate (3 studies)' }).waitFor();
    await beside.getByRole('rowheader', { name: `${program.name}: real-world data, not pooled` }).waitFor();
    await page.getByText(/^From Threshold’s outcomes: \d+ responders of \d+ clients assessed/).waitFor();
    const forest = page.getByRole('img', { name: /^Forest plot: 3 studies/ });
    await forest.waitFor();
    expect(await forest.getAttribute('alt')).toMatch(/real-world/i);
    await app.expectAccessible(page, 'journey-6-evidence');
  }, 180_000);
});
