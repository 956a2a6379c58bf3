/**
 * Languages and dates in the browser (issue 15): the demo organization is Dutch (nl-NL, Europe/
 * Amsterdam), so a demo user who never chose a language sees Dutch navigation and dates as
 * DD-MM-YYYY with 24-hour times, labelled with the zone when the browser is elsewhere; the switcher
 * turns the app English and keeps that choice. The portal's sign-in page offers both languages.
 * Errors are Dutch too: a failed sign-in, every bad field of a form at once, an expired portal link.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { apiCall, DEMO_PASSWORD, fillDate, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const AMSTERDAM = 'Europe/Amsterdam';
const DUTCH_DATE_TIME = /\b\d{2}-\d{2}-\d{4} \d{2}:\d{2}\b/;

describe('languages and dates in the browser', () => {
  it('shows a Dutch organization in Dutch with Dutch dates, and switches to English', async () => {
    // A browser in London: the organization's times carry their zone.
    const page = await app.newPage(undefined, { language: null, timezoneId: 'Europe/London' });
    await app.signIn(page, 'intake@demo-retreat.example');
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link', { name: 'Cliënten' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Vandaag' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.goto(`${app.url}/clients`);
    await page.getByRole('heading', { name: 'Cliënten', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'Geboortedatum' }).waitFor();
    const anna = page.getByRole('row').filter({ hasText: 'de Vries' }).first();
    await anna.waitFor();
    expect(await anna.textContent()).toContain('12-03-1984');
    const updated = (await anna.locator('time').last().textContent()) ?? '';
    expect(updated).toMatch(DUTCH_DATE_TIME);
    expect(updated).not.toMatch(/AM|PM/);
    expect(updated).toMatch(/CES?T$/);
    await app.expectAccessible(page, 'i18n-clients-nl');

    await page.locator('label', { hasText: 'English' }).first().click();
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await nav
      .or(page.getByRole('navigation', { name: 'Main navigation' }))
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: 'Today' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'de Vries' }).first().textContent()).toContain(
      '12/03/1984',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The choice is kept on this device.
    await page.reload();
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await app.expectAccessible(page, 'i18n-clients-en');
  });

  it('types a Dutch organization’s dates as DD-MM-YYYY and 24-hour on an en-US browser in New York', async () => {
    const page = await app.newPage(
      { width: 360, height: 740 },
      { language: null, locale: 'en-US', timezoneId: 'America/New_York' },
    );
    await app.signIn(page, 'intake@demo-retreat.example');
    const from = new Date().toISOString();
    const to = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const { items } = await apiCall<{ items: { id: string; startsAt: string; status: string }[] }>(
      page,
      'GET',
      `/api/sessions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    const session = items.find((s) => s.status !== 'cancelled');
    expect(session).toBeDefined();
    await page.goto(`${app.url}/sessions/${session!.id}`);
    const start = page.getByLabel('Nieuw begin');
    await start.waitFor({ timeout: 15_000 });
    // The field shows the session's start as Amsterdam's wall clock, day first and 24-hour.
    const shown = DateTime.fromISO(session!.startsAt).setZone(AMSTERDAM).toFormat('dd-MM-yyyy HH:mm');
    expect(await start.inputValue()).toBe(shown);
    await page
      .getByText(/Tijd in Europe\/Amsterdam \(CES?T\)/)
      .first()
      .waitFor();

    // 18:30 in Amsterdam, typed as a Dutch person would, is stored as that instant (not New York's 18:30).
    const day = DateTime.now().setZone(AMSTERDAM).plus({ days: 200 }).toFormat('yyyy-MM-dd');
    await fillDate(start, `${day}T18:30`);
    expect(await start.inputValue()).toBe(`${day.split('-').reverse().join('-')} 18:30`);
    await fillDate(page.getByLabel('Nieuw einde'), `${day}T19:30`);
    await page.getByLabel('Reden van de wijziging').fill('Verplaatst vanuit New York');
    await page.getByRole('button', { name: 'Sessie verplaatsen' }).click();
    await page.getByText('Sessie verplaatst.', { exact: false }).first().waitFor({ timeout: 15_000 });
    const saved = await apiCall<{ startsAt: string; endsAt: string }>(
      page,
      'GET',
      `/api/sessions/${session!.id}`,
    );
    const intended = DateTime.fromISO(`${day}T18:30`, { zone: AMSTERDAM });
    expect(Date.parse(saved.startsAt)).toBe(intended.toMillis());
    expect(Date.parse(saved.endsAt)).toBe(intended.plus({ hours: 1 }).toMillis());
    expect(await start.inputValue()).not.toMatch(/AM|PM/);
    await app.expectAccessible(page, 'i18n-date-fields-nl-en-us');
  });

  it('shows the Dutch navigation on a phone', async () => {
    const page = await app.newPage({ width: 360, height: 740 }, { language: null });
    await app.signIn(page, 'clinician@demo-retreat.example');
    await page.getByRole('button', { name: 'Navigatie openen' }).click();
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link', { name: 'Signaleringen' }).waitFor();
    await app.expectAccessible(page, 'i18n-phone-nav-nl');
    await nav.getByRole('link', { name: 'Signaleringen' }).click();
    await page.getByRole('heading', { name: 'Signaleringen', level: 1 }).waitFor();
    await app.expectAccessible(page, 'i18n-phone-alerts-nl');
  });

  it('says an alert trigger in Dutch, not in the English words stored with it', async () => {
    const page = await app.newPage(undefined, { language: null });
    await app.signIn(page, 'clinician@demo-retreat.example');
    const client = await apiCall<{ id: string }>(page, 'POST', '/api/clients', {
      givenName: 'Noor',
      familyName: 'Trigger',
      dateOfBirth: '1990-02-03',
      sexAtBirth: 'female',
    });
    await apiCall(page, 'POST', `/api/clients/${client.id}/responses`, {
      instrumentId: 'phq-9',
      answers: Object.fromEntries([0, 0, 0, 0, 0, 0, 0, 0, 3].map((v, i) => [`q${i + 1}`, v])),
    });
    await page.goto(`${app.url}/alerts`);
    const card = page.getByRole('article').filter({ hasText: 'Noor Trigger' }).first();
    await card.getByText('PHQ-9: item 9 beantwoord met 3').waitFor();
    expect(await card.getByText(/answered/).count()).toBe(0);
  });

  it('offers the portal sign-in page in Dutch and English', async () => {
    const page = await app.newPage({ width: 360, height: 740 }, { language: null });
    await page.goto(`${app.url}/portal`);
    await page.getByRole('heading', { name: 'Sign in to your page', level: 1 }).waitFor();
    await page.locator('label', { hasText: 'Nederlands' }).first().click();
    await page.getByRole('heading', { name: 'Inloggen op uw pagina', level: 1 }).waitFor();
    await page.getByLabel('Uw e-mailadres').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await app.expectAccessible(page, 'i18n-portal-sign-in-nl');
  });

  it('says a failed sign-in and every bad field in Dutch, with no English left', async () => {
    const page = await app.newPage(undefined, { language: null, locale: 'nl-NL' });
    await page.goto(`${app.url}/`);
    await page.getByLabel('E-mailadres').fill('owner@demo-retreat.example');
    await page.getByLabel('Wachtwoord').fill('not-the-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('E-mailadres of wachtwoord is onjuist.').waitFor();
    expect(await page.getByText(/incorrect/).count()).toBe(0);
    await page.screenshot({ path: '.tmp/nlfields-sign-in-nl.png' });

    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).not.toContain('sign-in');
    await page.goto(`${app.url}/organization`);
    await page.getByLabel('Btw-nummer').fill('12345');
    await page.getByLabel('Voorvoegsel van factuurnummers').fill('TH/26');
    await page.getByLabel('IBAN voor bankoverschrijvingen').fill('NL00BANK0123456789');
    await page.getByLabel('Rekeninghouder').fill('Demo Retreat');
    await page.getByRole('button', { name: 'Betaalinstellingen opslaan' }).click();
    await page.getByText('Moet een btw-nummer zijn, zoals NL123456789B01.', { exact: true }).waitFor();
    await page.getByText(/^Mag hoogstens \d+ letters, cijfers of streepjes bevatten\.$/).waitFor();
    await page.getByText('Heeft een verkeerd controlecijfer.', { exact: true }).waitFor();
    expect(await page.getByText(/must be|may hold|has a wrong|is not an?\b/i).count()).toBe(0);
    await page.screenshot({ path: '.tmp/nlfields-payment-settings-nl.png', fullPage: true });
  });

  it('tells a Dutch client on a phone that a link expired, and a bad address, in Dutch', async () => {
    const token = 'nlfields-expired-link-token-0001';
    const db = new Database(app.databaseFile);
    try {
      const client = db.prepare('SELECT id, organization_id FROM clients LIMIT 1').get() as {
        id: string;
        organization_id: string;
      };
      db.prepare(
        'INSERT INTO portal_links (token_hash, organization_id, client_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(
        createHash('sha256').update(token, 'utf8').digest('hex'),
        client.organization_id,
        client.id,
        '2026-01-01T00:00:00.000Z',
        '2025-12-31T00:00:00.000Z',
      );
    } finally {
      db.close();
    }
    const page = await app.newPage({ width: 360, height: 740 }, { language: 'nl' });
    await page.goto(`${app.url}/portal/sign-in/${token}`);
    await page.getByRole('heading', { name: 'Deze inloglink is verlopen' }).waitFor();
    expect(await page.getByText(/expired|Ask for/i).count()).toBe(0);
    await page.screenshot({ path: '.tmp/nlfields-portal-expired-nl.png', fullPage: true });

    await page.goto(`${app.url}/portal`);
    await page.getByLabel('Uw e-mailadres').fill('niet-een-adres');
    await page.getByRole('button', { name: /link/i }).click();
    await page.getByRole('alert').or(page.locator('[id$="-error"]')).first().waitFor();
    expect(await page.getByText(/must be|is not an|is required/i).count()).toBe(0);
    await page.screenshot({ path: '.tmp/nlfields-portal-bad-email-nl.png', fullPage: true });
  });
});
