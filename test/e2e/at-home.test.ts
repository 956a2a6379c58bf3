/**
 * At-home dosing in the browser (issue 19, part 6), on a 360 px phone in Dutch: a clinician makes
 * the support person's link for a dose taken at home; the support person opens it without an
 * account, sees only the client's first name and the check-in times, answers "Het gaat goed" with
 * blood pressure and pulse, then "Ik heb hulp nodig" and is shown the crisis lines to call. A forged
 * link says it does not work. The staff see both answers on the dosing record's timeline.
 */
import { describe, expect, it } from 'vitest';
import { seedHomeDose } from './home-dose.ts';
import { apiCall, noSideScroll, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 780 };

describe('at-home check-ins by the support person', () => {
  it('answers by link on a Dutch phone; "I need help" shows the crisis lines; staff see the timeline', {
    timeout: 150_000,
  }, async () => {
    const recordId = seedHomeDose(app.databaseFile);
    const staff = await app.newPage();
    await app.signIn(staff, 'clinician@demo-retreat.example');
    const link = await apiCall<{ url: string }>(
      staff,
      'POST',
      `/api/dosing-records/${recordId}/support-link`,
      {},
    );
    const path = new URL(link.url).pathname;

    const page = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await page.goto(`${app.url}${path}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toMatch(/^Check-in voor /);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByText('Nog niet beantwoord').count()).toBe(2);
    expect(await noSideScroll(page)).toBe(0);
    await app.expectAccessible(page, 'at-home-nl-360-1-link');

    await page.getByLabel('Bloeddruk, bovendruk (mmHg)').fill('128');
    await page.getByLabel('Bloeddruk, onderdruk (mmHg)').fill('82');
    await page.getByLabel('Hartslag (slagen per minuut)').fill('76');
    await page.getByLabel('Opmerking (niet verplicht)').fill('Rustig, ligt op de bank');
    await page.getByRole('button', { name: 'Het gaat goed' }).click();
    await page.getByText('Dank u: uw antwoord is naar de kliniek gestuurd.').waitFor();
    await page.getByText('Beantwoord: goed').waitFor();

    await page.getByRole('button', { name: 'Ik heb hulp nodig' }).click();
    await page.getByText('De kliniek is gewaarschuwd.', { exact: true }).waitFor();
    expect(
      await page
        .getByRole('link', { name: 'Bel nu: 113 Zelfmoordpreventie 113', exact: true })
        .getAttribute('href'),
    ).toBe('tel:113');
    expect(await noSideScroll(page)).toBe(0);
    await app.expectAccessible(page, 'at-home-nl-360-2-help');

    const forged = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await forged.goto(`${app.url}/checkin/${'x'.repeat(43)}`);
    await forged.getByText('Deze link werkt niet', { exact: true }).first().waitFor();

    await staff.goto(`${app.url}/dosing-records/${recordId}`);
    await staff.getByRole('heading', { name: 'At-home check-ins' }).waitFor();
    expect(await staff.getByText('by the support person', { exact: false }).count()).toBe(2);
    await staff.getByText('BP 128/82, pulse 76').waitFor();
    await app.expectAccessible(staff, 'at-home-staff-timeline');
  });
});
