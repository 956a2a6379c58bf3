/**
 * Journey 2 (../shared/product/journeys.md) in Dutch: the demo centre is Dutch (nl-NL), and a
 * browser with no language chosen shows the staff app in the organization's language. Every
 * assertion is in Dutch; the English walk, with the draft and the phone, is journey-2-intake.test.ts.
 *
 * Steps from journeys.md → asserted at:
 *  - adds the client → "1." (every bad field named at once, in Dutch; her page after saving)
 *  - enrolls her in the retreat cohort → "2." (roster row "Aangemeld")
 *  - runs the psilocybin checklist; a hard stop blocks the booking and says why → "3." (16 items;
 *    "Niet vrijgegeven voor dosering: harde stop — Zwanger, of mogelijk zwanger"; no English left)
 *  - a new screening without the hard stop → "4." (pre-filled from the last; waits for a clinician)
 *  - records the clinician's eligibility decision → "5." (on the clinician's screen: Geschikt)
 *  - the signed consent, version shown → "6." (dialog: "…, versie 1"; card: "Versie 1 (“…”)
 *    getekend …, Handtekening op papier, in persoon", "Vrijgegeven voor dosering")
 *  - sends the baseline questionnaires; the client gets an email → "7." (Nu versturen per baseline;
 *    the outbox holds "Uw check-in van Demo Retreat Centre", "Beste Noor", a questionnaire link —
 *    Dutch because a Dutch centre's new client starts with Dutch as her language)
 *  - the timeline shows every session and questionnaire with dates → "8." (7 dated sessions, every
 *    questionnaire row dated)
 * The program's own texts (its timepoint "Nulmeting", its consent document) are Dutch because the
 * Dutch demo centre copied its program from the template in Dutch.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, DEMO_PASSWORD, fillDate, setupBrowserApp } from '../support.ts';

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

    // 2. Inschrijven in de retreatgroep.
    await page.goto(`${app.url}/cohorts`);
    await page
      .getByRole('link', { name: /Retreat .*\(demo\)/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Cliënt inschrijven', exact: true }).click();
    await page.getByLabel(/^Cliënt zoeken/).fill('Noor');
    await page.getByRole('radio', { name: /Noor Bakker/ }).check();
    await page.getByRole('button', { name: 'Inschrijven', exact: true }).click();
    await page.getByRole('row', { name: /Noor Bakker.*Aangemeld/ }).waitFor({ timeout: 15_000 });

    // 3. De checklist.
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
      .getByRole('group', { name: new RegExp(PREGNANCY) })
      .getByRole('radio', { name: 'Ja' })
      .check();
    await page.getByText('1 harde contra-indicatie blokkeert dosering').waitFor();
    await page.getByLabel('Systolische bloeddruk (mmHg)').fill('130');
    await page.getByLabel('Diastolische bloeddruk (mmHg)').fill('84');
    await page.getByRole('button', { name: 'Screening opslaan', exact: true }).click();

    // Opgeslagen: de harde contra-indicatie blokkeert dosering en wordt genoemd.
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor({ timeout: 15_000 });
    await card.getByText('Harde contra-indicatie: blokkeert dosering').first().waitFor();
    await card.getByText(`Niet vrijgegeven voor dosering: harde stop — ${PREGNANCY}`).waitFor();
    await app.expectAccessible(page, 'journey-2-nl-not-cleared');
    expect(await page.getByText(/Not cleared|hard stop|Record /).count()).toBe(0);
  }, 240_000);

  it('tot klaar: de behandelaar besluit, intake legt de toestemming vast en verstuurt de nulmeting', async () => {
    const page = await app.newPage(undefined, { language: null, locale: 'nl-NL' });
    await inloggen(page, 'intake@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page.getByRole('link', { name: 'Noor Bakker' }).click();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor();
    const clientUrl = page.url();
    const card = page.getByRole('article').filter({ hasText: 'Retreat' });

    // 4. De zwangerschapstest is negatief: een nieuwe screening, vooraf ingevuld vanuit de vorige.
    await card.getByRole('link', { name: 'Een nieuwe screening vastleggen' }).click();
    await page.getByText(/^Vooraf ingevuld vanuit de screening van/).waitFor();
    await page.getByText('1 harde contra-indicatie blokkeert dosering').waitFor();
    await page
      .getByRole('group', { name: new RegExp(PREGNANCY) })
      .getByRole('radio', { name: 'Nee', exact: true })
      .check();
    await page.getByText('1 harde contra-indicatie blokkeert dosering').waitFor({ state: 'detached' });
    await page.getByLabel('Systolische bloeddruk (mmHg)').fill('128');
    await page.getByLabel('Diastolische bloeddruk (mmHg)').fill('82');
    await page.getByRole('button', { name: 'Screening opslaan', exact: true }).click();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor({ timeout: 15_000 });
    await card.getByText('Een behandelaar heeft nog niet over de geschiktheid besloten.').waitFor();

    // 5. Het besluit over geschiktheid, op het scherm van de behandelaar.
    const behandelaar = await app.newPage(undefined, { language: null, locale: 'nl-NL' });
    await inloggen(behandelaar, 'clinician@demo-retreat.example');
    await behandelaar.goto(clientUrl);
    const kaart = behandelaar.getByRole('article').filter({ hasText: 'Retreat' });
    await kaart.getByRole('button', { name: 'Besluit over geschiktheid vastleggen' }).click();
    const besluit = behandelaar.getByRole('dialog', { name: 'Besluit over geschiktheid: Noor Bakker' });
    await besluit.getByText(/0 harde contra-indicatie\(s\)/).waitFor();
    await besluit.getByRole('radio', { name: 'Geschikt', exact: true }).check();
    await besluit
      .getByLabel('Onderbouwing')
      .fill('Geen contra-indicatie; zwangerschapstest negatief bij de intake.');
    await besluit.getByRole('button', { name: 'Besluit opslaan' }).click();
    await besluit.waitFor({ state: 'detached', timeout: 15_000 });
    await kaart.getByText('Geschikt', { exact: true }).first().waitFor();
    await app.expectAccessible(behandelaar, 'journey-2-nl-eligible');

    // 6. De getekende toestemming, met de versie.
    await page.reload();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor();
    await card.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const toestemming = page.getByRole('dialog', { name: 'Toestemming vastleggen: Noor Bakker' });
    await toestemming
      .getByText(
        /^Huidig toestemmingsformulier: Toestemmingsformulier psilocybine-retreat \(demo\), versie 1/,
      )
      .waitFor();
    await toestemming.getByLabel('Hoe de cliënt toestemming gaf').selectOption('in-person signature');
    await toestemming.getByRole('button', { name: 'Toestemming voor versie 1 vastleggen' }).click();
    await toestemming.waitFor({ state: 'detached', timeout: 15_000 });
    await card
      .getByText(
        /^Versie 1 \(“Toestemmingsformulier psilocybine-retreat \(demo\)”\) getekend .*, Handtekening op papier, in persoon/,
      )
      .waitFor();
    await card.getByText('Vrijgegeven voor dosering', { exact: true }).waitFor();

    // 7. De vragenlijsten van de nulmeting versturen; de cliënt krijgt een e-mail.
    const vragenlijsten = card.getByRole('region', { name: 'Te verwachten vragenlijsten' });
    const versturen = vragenlijsten.getByRole('button', { name: /^Nu versturen: Nulmeting, / });
    await versturen.first().waitFor();
    const aantal = await versturen.count();
    expect(aantal).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < aantal; i++) {
      await versturen.first().click();
      await page.getByText('Verstuurd: de cliënt heeft de vragenlijst in de e-mail.').first().waitFor();
      await expect.poll(() => versturen.count(), { timeout: 15_000 }).toBe(aantal - i - 1);
    }
    await vragenlijsten.getByRole('button', { name: 'Opnieuw versturen: Nulmeting, PHQ-9' }).waitFor();
    let uitnodiging: { subject: string; body: string } | undefined;
    await expect
      .poll(
        async () => {
          const { items } = await apiCall<{
            items: Array<{ kind: string; to: string; subject: string; body: string }>;
          }>(page, 'GET', '/api/outbox?limit=500');
          uitnodiging = items.find((m) => m.kind === 'invitation' && m.to === 'noor.bakker@example.org');
          return uitnodiging !== undefined;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true);
    expect(uitnodiging!.subject).toBe('Uw check-in van Demo Retreat Centre');
    expect(uitnodiging!.body).toMatch(/^Beste Noor/);
    expect(uitnodiging!.body).toMatch(/\/p\/[A-Za-z0-9_-]+/);

    // 8. Haar tijdlijn: elke sessie en elke vragenlijst met een datum.
    await page.reload();
    await page.getByRole('heading', { name: 'Noor Bakker', level: 1 }).waitFor();
    const sessies = card.locator('li time');
    await expect.poll(() => sessies.count()).toBe(7);
    for (const t of await sessies.allTextContents()) expect(t).toMatch(/\d{4}/);
    const rijen = vragenlijsten.locator('tbody tr');
    expect(await rijen.count()).toBeGreaterThanOrEqual(8);
    for (const rij of await rijen.all()) {
      const datum = (await rij.locator('td').nth(2).textContent()) ?? '';
      expect(datum, (await rij.textContent()) ?? '').toMatch(/\d{4}/);
    }
    await app.expectAccessible(page, 'journey-2-nl-ready');
  }, 240_000);
});
