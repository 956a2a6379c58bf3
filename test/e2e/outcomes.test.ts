/**
 * Journeys 6 and 7 in the browser: a clinical lead opens Outcomes, picks a program and reads its
 * timepoint table, chart and flow; narrows it to one sex (the address changes, the table follows,
 * the back button undoes it); downloads the tidy CSV; and reads it on a phone. A researcher sees
 * the same dashboard marked de-identified, with pseudonymous ids in the CSV, cohorts as their own
 * keys and small groups' figures marked suppressed. Every page is checked with axe.
 *
 * The dashboard's figures need clients who started treatment: the demo seed adds synthetic ones
 * (src/server/synthetic) in an organization of their own, which the demo's clinician and researcher
 * switch to; the test finds such a program through the API and fails if there is none.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaffOutcomes as Outcomes } from '../../src/api/outcomes.ts';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

const NO_DATA =
  "No program of the demo's synthetic organization has a client who started treatment: the demo seed should " +
  'add synthetic outcome data (src/server/demo/seed.ts, seedSynthetic).';

/** A GET from inside the signed-in page (its session cookie). */
async function getJson<T>(page: Page, path: string): Promise<{ status: number; json: T }> {
  return page.evaluate(async (path) => {
    const response = await fetch(path, { headers: { accept: 'application/json' } });
    return { status: response.status, json: await response.json() };
  }, path);
}

/** The CSV as the browser fetches it: status, headers and the first two lines. */
async function getCsv(page: Page, href: string) {
  return page.evaluate(async (href) => {
    const response = await fetch(href);
    const lines = (await response.text()).split(/\r?\n/);
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      header: lines[0] ?? '',
      first: lines[1] ?? '',
    };
  }, href);
}

type ProgramItem = { id: string; name: string };

/** The program with the most clients who started treatment, as this user's API answers; null when none has any. */
/** The demo's synthetic clients live in their own organization: switch to it, as a user would. */
async function switchToSynthetic(page: Page): Promise<void> {
  const select = page.getByLabel('Organization');
  const value = await select
    .locator('option', { hasText: 'Synthetic data (generated)' })
    .getAttribute('value');
  if (!value) throw new Error(NO_DATA);
  await select.selectOption(value);
  await expect.poll(() => select.inputValue()).toBe(value);
  await page.waitForLoadState('networkidle');
}

async function programWithOutcomes(page: Page): Promise<{ program: ProgramItem; outcomes: Outcomes } | null> {
  const { json } = await getJson<{ items: ProgramItem[] }>(page, '/api/programs?status=all');
  let best: { program: ProgramItem; outcomes: Outcomes } | null = null;
  for (const program of json.items) {
    const r = await getJson<Outcomes>(page, `/api/programs/${program.id}/outcomes`);
    const subjects = r.json.report?.subjects ?? 0;
    if (r.status === 200 && subjects > 0 && subjects > (best?.outcomes.report?.subjects ?? 0)) {
      best = { program, outcomes: r.json };
    }
  }
  return best;
}

const text = async (locator: Locator) => (await locator.textContent()) ?? '';

/** A count as the dashboard prints it ("1,204"). */
const n = (x: number) => x.toLocaleString('en-GB');

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('program outcomes in the browser', () => {
  it('a clinician reads a program’s outcomes, filters them, downloads the CSV, and reads them on a phone', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');
    await switchToSynthetic(page);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Outcomes' })
      .click();
    await page.getByRole('heading', { name: 'Outcomes', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Programs' }).getByRole('link').first().waitFor();
    await app.expectAccessible(page, 'outcomes-programs');

    const found = await programWithOutcomes(page);
    if (!found) throw new Error(NO_DATA);
    const { program, outcomes } = found;
    const report = outcomes.report!;

    await page.getByRole('link', { name: program.name, exact: true }).click();
    await page.getByRole('heading', { name: `Outcomes: ${program.name}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/programs/${program.id}/outcomes`);

    // The timepoint table: one row per timepoint, with n assessed of n expected.
    const tableName = `${outcomes.instrument!.shortName} at each timepoint`;
    const table = page.getByRole('region', { name: tableName, exact: true });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + report.timepoints.length);
    const first = report.timepoints[0]!;
    await table.getByRole('rowheader', { name: first.label }).first().waitFor();
    expect(await text(table)).toContain(`${n(first.assessed)} / ${n(first.expected)}`);
    expect(await text(table)).not.toContain('NaN');
    await page.getByText(`${n(report.subjects)} clients (the analysis set)`).waitFor();

    // The chart (SVG with a text alternative) and the flow as real text.
    await page.locator('figure svg[aria-label]').first().waitFor({ timeout: 15_000 });
    const flow = page.getByRole('list', { name: 'Flow of clients through the program' });
    await flow.getByText('Started treatment').waitFor();
    const started = outcomes.flow.find((f) => f.key === 'started')!;
    expect(await text(flow.getByRole('listitem').filter({ hasText: 'Started treatment' }))).toContain(
      `n = ${n(started.n)}`,
    );
    await page.getByRole('button', { name: 'Linear mixed model (LMM)' }).click();
    await page.getByText(/valid when scores are missing at random/).waitFor();
    await app.expectAccessible(page, 'outcomes-dashboard');

    // One sex only: the address changes, the table follows, and the back button undoes it.
    let sex: { value: string; subjects: number; row: string } | null = null;
    for (const option of outcomes.filters.sex) {
      const r = await getJson<Outcomes>(
        page,
        `/api/programs/${program.id}/outcomes?sex=${encodeURIComponent(option.value)}`,
      );
      const subjects = r.json.report?.subjects ?? 0;
      if (subjects > 0 && subjects < report.subjects) {
        const t = r.json.report!.timepoints[0]!;
        sex = { value: option.value, subjects, row: `${n(t.assessed)} / ${n(t.expected)}` };
        break;
      }
    }
    if (sex) {
      await page.getByLabel('Sex', { exact: true }).selectOption(sex.value);
      await expect.poll(() => new URL(page.url()).searchParams.get('sex')).toBe(sex.value);
      await page.getByText(`${n(sex.subjects)} clients (the analysis set)`).waitFor();
      await expect.poll(() => text(table)).toContain(sex.row);
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('sex')).toBeNull();
      await page.getByText(`${n(report.subjects)} clients (the analysis set)`).waitFor();
    }

    // The CSV under the current filters: a real download, and the same address fetched.
    const link = page.getByRole('link', { name: 'Download CSV', exact: true });
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain(`/api/programs/${program.id}/outcomes.csv`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await getCsv(page, href);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.disposition).toContain('attachment');
    expect(csv.header.split(',').slice(0, 3)).toEqual(['client', 'enrollment', 'program']);
    expect(csv.header).toContain('score');

    // A phone, 360 px wide: nothing wider than the screen (the tables scroll in their own boxes).
    // (The organization switch is in the header on a wide screen; the page then narrows to a phone.)
    const phone = await app.newPage();
    await app.signIn(phone, 'clinician@demo-retreat.example');
    await switchToSynthetic(phone);
    await phone.setViewportSize({ width: 360, height: 780 });
    await phone.goto(`${app.url}/programs/${program.id}/outcomes`);
    await phone.getByRole('heading', { name: `Outcomes: ${program.name}`, level: 1 }).waitFor();
    await phone.getByRole('region', { name: tableName, exact: true }).waitFor();
    await phone.locator('figure svg[aria-label]').first().waitFor({ timeout: 15_000 });
    expect(await noHorizontalScroll(phone)).toBe(true);
    await app.expectAccessible(phone, 'outcomes-dashboard-phone');
  });

  it('a researcher sees the dashboard marked de-identified and pseudonymous ids in the CSV', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'researcher@demo-retreat.example');
    await switchToSynthetic(page);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Outcomes' })
      .click();
    await page.getByRole('heading', { name: 'Outcomes', level: 1 }).waitFor();
    const found = await programWithOutcomes(page);
    const { json } = await getJson<{ items: ProgramItem[] }>(page, '/api/programs?status=all');
    const program = found?.program ?? json.items[0]!;

    await page.getByRole('link', { name: program.name, exact: true }).click();
    await page.getByRole('heading', { name: `Outcomes: ${program.name}`, level: 1 }).waitFor();
    const note = page.getByRole('note').filter({ hasText: 'De-identified view' });
    await note.waitFor();
    expect(await text(note)).toMatch(/pseudonymous id/);
    if (!found) await page.getByText(/has started treatment yet/).waitFor();
    await app.expectAccessible(page, 'outcomes-researcher');

    const href = (await page.getByRole('link', { name: 'Download CSV', exact: true }).getAttribute('href'))!;
    const csv = await getCsv(page, href);
    expect(csv.status).toBe(200);
    expect(csv.header.startsWith('client,enrollment,')).toBe(true);
    if (csv.first) expect(csv.first).toMatch(/^S-[0-9a-f]{12},E-[0-9a-f]{12},/);

    // Cohorts only as the researcher's own keys; a comparison with a small group says it is suppressed.
    const plain = await getJson<{ filters: { cohort: Array<{ value: string; label: string }> } }>(
      page,
      `/api/programs/${program.id}/outcomes`,
    );
    for (const c of plain.json.filters.cohort) {
      expect(c.value).toMatch(/^C-[0-9a-f]{12}$/);
      expect(c.label).toBe(c.value);
    }
    let small: string | null = null;
    for (const dimension of ['cohort', 'gender', 'ageBand', 'condition', 'sex', 'arm']) {
      const r = await getJson<unknown>(page, `/api/programs/${program.id}/outcomes?groupBy=${dimension}`);
      if (JSON.stringify(r.json).includes('"suppressed"')) {
        small = dimension;
        break;
      }
    }
    if (found && small) {
      await page.goto(`${app.url}/programs/${program.id}/outcomes?groupBy=${small}`);
      await page.getByRole('heading', { name: `Outcomes: ${program.name}`, level: 1 }).waitFor();
      await page
        .getByText(/suppressed: fewer than \d+ clients/)
        .first()
        .waitFor();
      await page.screenshot({ path: '.tmp/outcomes-researcher-suppressed.png', fullPage: true });
      await app.expectAccessible(page, 'outcomes-researcher-suppressed');
    }
  });
});
