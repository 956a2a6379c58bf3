/**
 * The at-home staff screens in the browser (issue 19, part 6), on a 360 px phone in Dutch and then
 * English: a clinician marks a program's dosing sessions at-home with its check-in minutes (a bad
 * value is named at its field), then records a client's support person and their attestation on
 * the client's page, which then says the client is ready for an at-home session.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { noSideScroll, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 780 };

/** A demo enrollment with its program and client. */
function demoEnrollment(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `select e.id, e.program_id as programId, e.client_id as clientId from enrollments e
           join organizations o on o.id = e.organization_id
          where o.slug = 'demo-retreat-centre' order by e.created_at limit 1`,
      )
      .get() as { id: string; programId: string; clientId: string };
  } finally {
    db.close();
  }
}

describe('at-home staff screens', () => {
  it('marks a program at-home and records the support person, on a Dutch phone', {
    timeout: 180_000,
  }, async () => {
    const e = demoEnrollment(app.databaseFile);
    const page = await app.newPage(PHONE);
    await app.signIn(page, 'clinician@demo-retreat.example');
    // Then Dutch, as the language switcher stores it.
    await page.evaluate(() => localStorage.setItem('threshold.language', 'nl'));

    await page.goto(`${app.url}/programs/${e.programId}`);
    const section = page.getByRole('region', { name: 'Dosering thuis' });
    await section.waitFor({ timeout: 30_000 });
    await section.getByText('Doseersessies van dit programma vinden plaats in de praktijk.').waitFor();
    await section.getByLabel('Doseersessies van dit programma vinden thuis plaats').check();
    await section.getByLabel('Uitlooptijd (minuten)', { exact: true }).fill('500');
    await section.getByRole('button', { name: 'Instellingen voor thuis opslaan' }).click();
    await section.getByRole('alert').first().waitFor();
    await section.getByLabel('Uitlooptijd (minuten)', { exact: true }).fill('15');
    await section.getByLabel('Check-ins (minuten na de start)', { exact: true }).fill('30, 60, 120');
    await section.getByLabel('Vraag bij elke check-in naar bloeddruk en hartslag').check();
    await section.getByRole('button', { name: 'Instellingen voor thuis opslaan' }).click();
    await section.getByText('Opgeslagen.').waitFor();
    await section
      .getByText(
        'Thuis: check-ins 30, 60, 120 minuten na de start, gemist na 15 minuten, met bloeddruk en hartslag.',
      )
      .waitFor();
    expect(await noSideScroll(page)).toBe(0);
    await app.expectAccessible(page, 'at-home-staff-1-program-nl-360');

    await page.goto(`${app.url}/clients/${e.clientId}`);
    const support = page.getByRole('region', { name: 'Steunpersoon (dosering thuis)' });
    await support.waitFor({ timeout: 30_000 });
    await support.getByText('Geen steunpersoon vastgelegd.').waitFor();
    await support.getByRole('button', { name: 'Steunpersoon vastleggen' }).click();
    await support.getByLabel(/^Naam\s*\*?$/).fill('Sam de Vries');
    await support.getByLabel(/^Telefoon\s*\*?$/).fill('06 1234 5678');
    await support.getByLabel(/^Relatie tot de cliënt\s*\*?$/).fill('partner');
    await support.getByLabel(/^Naam getypt door de steunpersoon\s*\*?$/).fill('Sam de Vries');
    await support.getByLabel('De steunpersoon heeft de taken gelezen en gaat ermee akkoord').check();
    await support.getByRole('button', { name: 'Steunpersoon opslaan' }).click();
    await support.getByText('Klaar voor een sessie thuis').waitFor({ timeout: 30_000 });
    await support.getByText(/Sam de Vries \(partner\), 06 1234 5678/).waitFor();
    expect(await noSideScroll(page)).toBe(0);
    await app.expectAccessible(page, 'at-home-staff-2-support-nl-360');

    // The same program page in English.
    const en = await app.newPage(PHONE, { language: 'en' });
    await app.signIn(en, 'facilitator@demo-retreat.example');
    await en.goto(`${app.url}/programs/${e.programId}`);
    const enSection = en.getByRole('region', { name: 'At-home dosing' });
    await enSection
      .getByText(
        'At home: check-ins 30, 60, 120 minutes after the start, missed after 15 minutes, with blood pressure and pulse.',
      )
      .waitFor({ timeout: 30_000 });
    // A facilitator reads the setting but has no form to change it.
    expect(await enSection.getByRole('button', { name: 'Save at-home settings' }).count()).toBe(0);
    expect(await noSideScroll(en)).toBe(0);
    await app.expectAccessible(en, 'at-home-staff-3-program-en-360');
  });
});
