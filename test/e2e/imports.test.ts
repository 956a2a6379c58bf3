/** Clients → Import in the browser: a checked file lists every problem; a clean one imports. */
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

const HEADER = 'givenName,familyName,dateOfBirth,sexAtBirth,email';
const csvFile = (name: string, rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n')),
});

describe('importing clients in the browser', () => {
  it('checks a file, lists every problem, then imports the fixed file', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'owner@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page.getByRole('button', { name: 'Import clients' }).click();
    await page.getByRole('heading', { name: 'Import clients', level: 1 }).waitFor();

    await page
      .locator('input[type=file]')
      .setInputFiles(csvFile('bad.csv', ['Ilse,Browser,1981-02-30,female,', ',Browser,1982-01-01,f,']));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('3 problems to fix', { exact: false }).waitFor({ timeout: 15_000 });
    for (const reason of [
      '1981-02-30 is not a calendar date',
      'is empty; this column is required',
      '"f" is not one of',
    ])
      await page.getByRole('cell', { name: reason, exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await app.expectAccessible(page, 'import-clients-problems');

    await page
      .locator('input[type=file]')
      .setInputFiles(
        csvFile('good.csv', [
          'Ilse,Browser,1981-02-28,female,ilse@browser.example',
          'Jop,Browser,1982-01-01,male,',
        ]),
      );
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('2 clients are ready to import.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Import 2 clients' }).click();
    await page.getByText('2 clients were created.').waitFor({ timeout: 15_000 });

    const narrow = await app.newPage({ width: 360, height: 800 });
    await app.signIn(narrow, 'intake@demo-retreat.example');
    await narrow.goto(`${app.url}/clients/import`);
    await narrow
      .locator('input[type=file]')
      .setInputFiles(csvFile('again.csv', ['Ilse,Browser,1981-02-28,female,']));
    await narrow.getByRole('button', { name: 'Check the file' }).click();
    await narrow.getByText('1 row is the same person', { exact: false }).waitFor({ timeout: 15_000 });
    await app.expectAccessible(narrow, 'import-clients-duplicates-360');
  });

  it('checks past questionnaires, shows the alerts they will raise, and stores them', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page.getByRole('button', { name: 'Import questionnaires' }).click();
    await page.getByRole('heading', { name: 'Import past questionnaires', level: 1 }).waitFor();
    const rows = [
      'client,instrument,completedAt,q1,q2,q3,q4,q5,q6,q7,q8,q9',
      'esther.smit@demo-client.example,phq-9,2023-05-01,1,1,1,1,1,1,1,1,2',
    ];
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'past.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('These questionnaires will raise safety alerts').waitFor({ timeout: 15_000 });
    await app.expectAccessible(page, 'import-questionnaires-alerts');
    await page.getByRole('button', { name: 'Import 1 questionnaire' }).click();
    await page.getByText('1 questionnaire was stored and scored.').waitFor({ timeout: 15_000 });
    await page.goto(`${app.url}/alerts`);
    await page
      .getByText('Risk answer on PHQ-9 (imported, answered 2023-05-01)')
      .first()
      .waitFor({ timeout: 15_000 });
  });
});
