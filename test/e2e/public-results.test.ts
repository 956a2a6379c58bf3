/**
 * Public benchmarking in the browser (issue 19, part 7): the owner publishes a program's outcomes
 * from its outcomes page; anyone opens /results/<org>/<program> on a 360 px phone, in Dutch and in
 * English, and reads response and remission with n answered of expected; raising the smallest group
 * shown withholds the small cells (said so on the page); withdrawing takes the page down (404).
 *
 * The figures come from the demo's synthetic organization (src/server/synthetic): the test picks
 * the program with the most clients who started, and reads what to expect from the public JSON.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PublicBenchmark } from '../../src/api/benchmarks.ts';
import type { StaffOutcomes as Outcomes } from '../../src/api/outcomes.ts';
import { DEMO_SYNTHETIC_SLUG } from '../../src/server/demo/seed.ts';
import { noSideScroll, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 780 };

type Cell = PublicBenchmark['summary'] extends infer S
  ? S extends { timepoints: Array<infer T> }
    ? T extends { response: infer R }
      ? R
      : never
    : never
  : never;
type Shown = { events: number; n: number; percent: number | null };

const isShown = (c: Cell): c is Cell & Shown => c !== null && !('suppressed' in (c as object));
const isWithheld = (c: Cell) => c !== null && 'suppressed' in (c as object);

async function getJson<T>(page: Page, path: string): Promise<{ status: number; json: T }> {
  return page.evaluate(async (path) => {
    const response = await fetch(path, { headers: { accept: 'application/json' } });
    return { status: response.status, json: await response.json() };
  }, path);
}

async function switchToSynthetic(page: Page): Promise<void> {
  const select = page.getByLabel('Organization');
  const value = await select
    .locator('option', { hasText: 'Synthetic data (generated)' })
    .getAttribute('value');
  if (!value) throw new Error('The demo has no synthetic organization (src/server/demo/seed.ts).');
  await select.selectOption(value);
  await expect.poll(() => select.inputValue()).toBe(value);
  await page.waitForLoadState('networkidle');
}

/** The program with the most clients who started treatment, with its outcomes. */
async function busiestProgram(page: Page) {
  const { json } = await getJson<{ items: Array<{ id: string; name: string }> }>(
    page,
    '/api/programs?status=all',
  );
  let best: { id: string; name: string; subjects: number } | null = null;
  for (const p of json.items) {
    const r = await getJson<Outcomes>(page, `/api/programs/${p.id}/outcomes`);
    const subjects = r.json.report?.subjects ?? 0;
    if (r.status === 200 && subjects > (best?.subjects ?? 0)) best = { ...p, subjects };
  }
  if (!best) throw new Error('No synthetic program has clients who started treatment.');
  return best;
}

const cellsOf = (b: PublicBenchmark): Cell[] =>
  'timepoints' in b.summary ? b.summary.timepoints.flatMap((t) => [t.response, t.remission]) : [];

describe('public outcome pages', () => {
  it('the owner publishes, the phone reads it in Dutch and English, small cells are withheld, withdrawing removes it', {
    timeout: 240_000,
  }, async () => {
    const owner = await app.newPage();
    await app.signIn(owner, 'owner@demo-retreat.example');
    await switchToSynthetic(owner);
    const program = await busiestProgram(owner);
    await owner.goto(`${app.url}/programs/${program.id}/outcomes`);
    await owner.getByRole('heading', { name: `Outcomes: ${program.name}`, level: 1 }).waitFor();

    // Publish with the smallest group the organization may use.
    const form = owner.getByRole('form', { name: 'Publishing settings' });
    await form.waitFor({ timeout: 30_000 });
    await form.getByRole('button', { name: 'Publish', exact: true }).click();
    const pageLink = owner.getByRole('link', { name: 'Public page', exact: true });
    await pageLink.waitFor({ timeout: 30_000 });
    const href = (await pageLink.getAttribute('href'))!;
    expect(new URL(href, app.url).pathname).toBe(`/results/${DEMO_SYNTHETIC_SLUG}/${program.id}`);
    await app.expectAccessible(owner, 'public-results-1-published');

    const jsonPath = `/api/public/organizations/${DEMO_SYNTHETIC_SLUG}/benchmarks/${program.id}`;
    const first = (await getJson<PublicBenchmark>(owner, jsonPath)).json;
    if (!('timepoints' in first.summary)) throw new Error('The busiest program is withheld whole.');
    const shown = cellsOf(first).filter(isShown);
    expect(shown.length).toBeGreaterThan(0);

    // A Dutch phone: the page in Dutch, n answered of expected per timepoint, no side-scroll.
    const phone = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    const nl = await phone.goto(`${app.url}/results/${DEMO_SYNTHETIC_SLUG}/${program.id}?lang=nl`);
    expect(nl?.status()).toBe(200);
    expect(await phone.locator('html').getAttribute('lang')).toBe('nl');
    await phone.getByRole('heading', { name: program.name, level: 1 }).waitFor();
    // On a phone the table's header row is hidden: each cell names its column (data-label).
    const table = phone.locator('table').first();
    await table.waitFor();
    const headers = (await table.locator('thead').textContent()) ?? '';
    for (const h of ['Geantwoord van verwacht', 'Respons', 'Remissie']) expect(headers).toContain(h);
    expect(await table.locator('td[data-label="Geantwoord van verwacht"]').count()).toBe(
      first.summary.timepoints.length,
    );
    const nlText = (await table.locator('tbody').textContent()) ?? '';
    for (const tp of first.summary.timepoints) expect(nlText).toContain(`${tp.assessed}/${tp.expected}`);
    for (const c of shown) expect(nlText).toContain(`${c.events}/${c.n}`);
    expect(nlText).not.toContain('NaN');
    expect(await noSideScroll(phone)).toBe(0);
    await app.expectAccessible(phone, 'public-results-2-nl-360');

    // English, from the page's own language link.
    await phone.getByRole('link', { name: 'English', exact: true }).click();
    await expect.poll(() => phone.locator('html').getAttribute('lang')).toBe('en');
    expect(await phone.locator('td[data-label="Answered of expected"]').count()).toBe(
      first.summary.timepoints.length,
    );
    expect(await phone.locator('td[data-label="Response"]').count()).toBe(first.summary.timepoints.length);
    expect(await noSideScroll(phone)).toBe(0);
    await app.expectAccessible(phone, 'public-results-3-en-360');

    // Raise the smallest group shown above the smallest published cell: that cell is withheld.
    const threshold = Math.min(100, Math.min(...shown.map((c) => c.n)) + 1);
    const minCell = form.getByLabel('Smallest group shown');
    await minCell.fill(String(threshold));
    await form.getByRole('button', { name: 'Update the public page' }).click();
    await expect
      .poll(async () => cellsOf((await getJson<PublicBenchmark>(owner, jsonPath)).json).some(isWithheld), {
        timeout: 30_000,
      })
      .toBe(true);
    const raised = (await getJson<PublicBenchmark>(owner, jsonPath)).json;
    for (const c of cellsOf(raised).filter(isShown)) expect(c.n).toBeGreaterThanOrEqual(threshold);
    await phone.goto(`${app.url}/results/${DEMO_SYNTHETIC_SLUG}/${program.id}?lang=en`);
    await phone.getByText(`Not shown: fewer than ${threshold} clients.`).first().waitFor();
    await phone.getByText(`No number here describes fewer than ${threshold} clients.`).waitFor();
    expect(await noSideScroll(phone)).toBe(0);
    await phone.goto(`${app.url}/results/${DEMO_SYNTHETIC_SLUG}/${program.id}?lang=nl`);
    await phone.getByText(`Niet getoond: minder dan ${threshold} cliënten.`).first().waitFor();
    await app.expectAccessible(phone, 'public-results-4-withheld-nl-360');

    // Withdraw: the page and its JSON are gone.
    await form.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await owner.getByRole('button', { name: 'Yes, withdraw' }).click();
    await owner.getByText('Not published', { exact: true }).waitFor({ timeout: 30_000 });
    const gone = await phone.goto(`${app.url}/results/${DEMO_SYNTHETIC_SLUG}/${program.id}?lang=en`);
    expect(gone?.status()).toBe(404);
    expect((await getJson<unknown>(owner, jsonPath)).status).toBe(404);
  });
});
