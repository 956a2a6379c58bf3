/**
 * Journey 2 (../shared/product/journeys.md) in Dutch: the demo centre is Dutch (nl-NL), and a
 * browser with no language chosen shows the staff app in the organization's language. The intake
 * coordinator signs in, adds the client (every bad field named at once, in Dutch), enrolls her in
 * the retreat cohort and screens her; a hard stop blocks dosing and is named. Pages not yet
 * translated are asserted in English, each marked "translated in dutch-a" so the assertion moves to
 * Dutch with that work. The English walk, with the draft and the pre-filled screening, is
 * journey-2-intake.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, fillDate, setupBrowserApp } from '../support.ts';

const app = setupBrowserApp();
const PREGNANCY = 'Zwanger, of mogelijk zwanger';

async function inloggen(page: Page, email: string): Promise<void> {
  await page.goto(`${app.url}/`);
  await page.getByRole('heading', { name: 'Inloggen bij Threshold' }).waitFor();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect.poll(() => page.url(), { timeout: 15_000 }).not.toContain('sign-in');
}

describe('journey 2 in Dutch: de intakecoördinator brengt een cliënt van aanmelding tot klaar', () => {
  it('voegt een cliënt toe, schrijft haar in en screent haar; de harde contra-indicatie wordt genoemd', async () => {
    // A Dutch browser (the sign-in page has no organization yet); signed in, the organization's nl-NL decides.
    const page = await app.newPage(undefined, { language: null, locale: 'nl-NL' });
    await inloggen(page, 'intake@demo-retreat.example');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByRole('navigation').getByRole('link', { name: 'Cliënten' }).first().waitFor();

    // 1. De cliënt toevoegen: elke fout tegelijk, in gewone woorden.
    await page.goto(`${app.url}/clients/new`);
    await page.getByRole('heading', { name: 'Nieuwe cliënt', level: 1 }).waitFor();
    await page.getByLabel('Telefoon', { exact: true }).fill('bel me misschien');
    await page.getByLabel('Telefoon contactpersoon in noodgevallen').fill('tring tring');
    await page.getByRole('button', { name: 'Cliënt opslaan' }).click();
    await page.getByText('Vul een voornaam in.').waitFor();
    await page.getByText('Vul een achternaam in.').waitFor();
    expect(await page.getByText(/^Vul een telefoonnummer in: alleen cijfers/).count()).toBe(2);
    expect(await page.getByText(/Must be|Enter a/).count()).toBe(0);
    await app.expectAccessible(page, 'journey-2-nl-client-errors');
    await page.getByLabel('Voornaam').fill('Noor');
    await page.getByLabel('Achternaam').fill('Bakker');
    await fillDate(page.getByLabel('Geboortedatum'), '1988-03-02');
    await page.getByLabel('Geslacht bij geboorte').selectOption({ label: 'Vrouw' });
    await page.getByLabel('E-mailadres', { exact: true }).fill('noor.bakker@example.org');
    await page.getByLabel('Telefoon', { exact: true }).fill('+31 6 1234 5678');
    await page.getByLabel('Telefoon contactpersoon in noodgevallen').fill('');
    await page.getByRole('button', { name: 'Cliënt opslaan' }).click();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'Persoonsgegevens' }).waitFor();
    const clientUrl = page.url();

    // 2. Inschrijven in de retreatgroep. The cohort page: translated in dutch-a.
    await page.goto(`${app.url}/cohorts`);
    await page
      .getByRole('link', { name: /Retreat .*\(demo\)/ })
      .first()
      .click();
    await page.getByRole('button', { name: /^(Cliënt inschrijven|Enroll client)$/ }).click();
    await page.getByLabel(/^(Cliënt zoeken|Find a client)/).fill('Noor');
    await page.getByRole('radio', { name: /Noor Bakker/ }).check();
    await page.getByRole('button', { name: /^(Inschrijven|Enroll)$/ }).click();
    await page.getByRole('row', { name: /Noor Bakker.*(Aangemeld|Referred)/ }).waitFor({ timeout: 15_000 }); // translated in dutch-a

    // 3. De checklist. The enrollment card's links and the screening page: translated in dutch-a.
    await page.goto(clientUrl);
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Retreat' });
    await page.screenshot({ path: '.tmp/screenshots/journey-2-nl-client.png', fullPage: true });
    await card.getByRole('link', { name: 'Screening vastleggen' }).click();
    await page.getByRole('heading', { name: 'Screening', level: 1 }).waitFor();
    const no = page.getByRole('radio', { name: 'Nee', exact: true });
    const items = await no.count();
    expect(items).toBe(16);
    for (let i = 0; i < items; i++) await no.nth(i).check();
    await page
      .getByRole('group', { name: /Zwanger, of mogelijk zwanger|Pregnant, or could be pregnant/ })
      .getByRole('radio', { name: 'Ja' })
      .check();
    await page.getByText(/1 (harde contra-indicatie blokkeert dosering|hard stop blocks dosing)/).waitFor();
    await page.getByLabel(/^(Systolische bloeddruk|Systolic BP) \(mmHg\)/).fill('130');
    await page.getByLabel(/^(Diastolische bloeddruk|Diastolic BP) \(mmHg\)/).fill('84');
    await page.getByRole('button', { name: /^(Screening opslaan|Save screening)$/ }).click();

    // Opgeslagen: de harde contra-indicatie blokkeert dosering en wordt genoemd.
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor({ timeout: 15_000 });
    await card.getByText('Harde contra-indicatie: blokkeert dosering').first().waitFor();
    await card.getByText(`Niet vrijgegeven voor dosering: harde stop — ${PREGNANCY}`).waitFor();
    await app.expectAccessible(page, 'journey-2-nl-not-cleared');
  }, 240_000);
});
