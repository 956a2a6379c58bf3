/**
 * Languages and dates in the browser (issue 15): the demo organization is Dutch (nl-NL, Europe/
 * Amsterdam), so a demo user who never chose a language sees Dutch navigation and dates as
 * DD-MM-YYYY with 24-hour times, labelled with the zone when the browser is elsewhere; the switcher
 * turns the app English and keeps that choice. The portal's sign-in page offers both languages.
 */
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
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
});
