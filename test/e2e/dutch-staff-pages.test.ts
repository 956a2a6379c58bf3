/**
 * The staff app in Dutch (issue 15): the demo organization is Dutch, so an owner who never chose a
 * language reads the pages that were still English — audit trail, members and API tokens,
 * organization settings (client emails, data rights), imports, questionnaire translations and an
 * instrument, a client's page with its timeline and questionnaires — on a 360 px phone, and finds
 * none of the English phrases those pages used to show, in the text or in labels a screen reader
 * reads (aria-label, placeholder, title).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 800 };

/** Phrases these pages showed in English before; none may remain in Dutch. */
const ENGLISH = [
  'Search clients',
  'Record screening',
  'Record a new screening',
  'Not cleared for dosing',
  'Cleared for dosing',
  'Hard stop',
  'Dosing sessions stay held',
  'Status history',
  'Not screened yet',
  'Enroll in a program',
  'Enter questionnaire',
  'No questionnaires entered yet',
  'Questionnaires due',
  'View response',
  'Send now',
  'Audit trail',
  'Apply filters',
  'Verify chain',
  'Load older',
  'API tokens',
  'Issue a token',
  'Acts for',
  'Client emails',
  'Built-in wording',
  'Preview text',
  'Erasure request',
  'Export data',
  'Retention period',
  'Data subject rights',
  'Import clients',
  'Import past questionnaires',
  'Check the file',
  'Download the client template',
  'Questionnaire translations',
  'Installed languages',
  'Add a licensed translation',
  'Install translation',
  'Installed for your clients',
  'Answer options',
  'Clear answers',
  'Better is',
  'Reliable change',
  'Loading',
  'Something went wrong',
];

/** The page's visible text and the labels a screen reader announces. */
async function wordsOn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees
    return `${document.body.innerText}\n${labels.join('\n')}`;
  });
}

async function expectDutch(page: Page, name: string): Promise<void> {
  const words = await wordsOn(page);
  const found = ENGLISH.filter((phrase) => words.includes(phrase));
  expect(found, `${name} still shows English`).toEqual([]);
  await app.expectAccessible(page, name);
}

describe('the staff app in Dutch', () => {
  it('shows the owner’s pages in Dutch on a phone', async () => {
    const page = await app.newPage(PHONE, { language: null });
    await app.signIn(page, 'owner@demo-retreat.example');
    await page.getByRole('button', { name: 'Navigatie openen' }).waitFor();

    await page.goto(`${app.url}/audit`);
    await page.getByRole('heading', { name: 'Audittrail', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByText('De audittrail is ongeschonden').waitFor({ timeout: 15_000 });
    await expectDutch(page, 'nl-audit');

    await page.goto(`${app.url}/members`);
    await page.getByRole('heading', { name: 'API-tokens', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Een token uitgeven' }).waitFor();
    await expectDutch(page, 'nl-members');

    await page.goto(`${app.url}/organization`);
    await page.getByRole('heading', { name: 'E-mails aan cliënten' }).waitFor();
    await page.getByLabel('Onderwerp').waitFor();
    await page.getByRole('heading', { name: 'Rechten van betrokkenen en bewaartermijn' }).waitFor();
    await expectDutch(page, 'nl-organization');

    await page.goto(`${app.url}/clients/import`);
    await page.getByRole('heading', { name: 'Cliënten importeren', level: 1 }).waitFor();
    await expectDutch(page, 'nl-import-clients');

    await page.goto(`${app.url}/instruments/translations`);
    await page.getByRole('heading', { name: 'Vertalingen van vragenlijsten', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Talen per instrument' }).waitFor();
    await expectDutch(page, 'nl-translations');

    await page.goto(`${app.url}/instruments/phq-9`);
    await page.getByRole('region', { name: 'Items', exact: true }).waitFor();
    await page.getByText('Beter is').first().waitFor();
    await expectDutch(page, 'nl-instrument');
  }, 240_000);

  it('shows a client’s timeline and questionnaires in Dutch', async () => {
    const page = await app.newPage(PHONE, { language: null });
    await app.signIn(page, 'intake@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page
      .getByRole('link', { name: /Anna de Vries/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Anna de Vries', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Programma’s', level: 2 }).waitFor();
    const card = page.getByRole('article').first();
    await card.getByRole('heading', { name: 'Statusgeschiedenis' }).waitFor({ timeout: 15_000 });
    await card.getByRole('heading', { name: 'Toestemming' }).waitFor();
    await expectDutch(page, 'nl-client-timeline');
  }, 240_000);
});
