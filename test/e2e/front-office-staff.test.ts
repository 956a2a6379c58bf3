/**
 * The front office for staff (issue 16), in Dutch on a 360 px phone: the intake coordinator
 * publishes the demo retreat (every error at once at its field first), sees an application that
 * arrived through the public API with its self-report marked "opgegeven door de cliënt" and may not
 * decide; the clinician decides eligible and sees the offer with its deadline, and cannot decide
 * eligible over lithium reported by the client. A second walk fills a cohort of one place, puts the
 * next applicant on the waitlist and moves the list when the offer is declined.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PSILOCYBIN_CHECKLIST } from '../../src/domain/screening/checklists/psilocybin.ts';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 800 };
const SLUG = 'demo-retreat-centre';
const ALL_NO = Object.fromEntries(PSILOCYBIN_CHECKLIST.items.map((i) => [i.id, 'no']));
let people = 0;

/** A staff member signed in on a phone, in Dutch. */
const inloggen = (email: string): Promise<Page> => app.staffPage(email, { viewport: PHONE, language: 'nl' });

/** An application as the public form sends it (CSRF token and cookie, no sign-in). */
async function applyPublicly(cohortId: string, over: Record<string, unknown> = {}): Promise<string> {
  const csrf = await fetch(`${app.url}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const familyName = `Vries ${++people}`;
  const res = await fetch(`${app.url}/api/public/organizations/${SLUG}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
    body: JSON.stringify({
      cohortId,
      givenName: 'Noor',
      familyName,
      email: `noor.${people}@example.nl`,
      dateOfBirth: '1990-04-02',
      language: 'nl',
      answers: ALL_NO,
      ...over,
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return `Noor ${familyName}`;
}

/** Nothing wider than the phone: tables scroll inside their own region. */
const fitsPhone = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const cohortIdOf = (page: Page) => /\/cohorts\/([0-9a-f-]{36})/.exec(page.url())![1]!;

/** Fills the publishing form of the cohort page that is open and saves it. */
async function publish(page: Page, places: string, waitlist: string): Promise<void> {
  await page.getByRole('button', { name: /^Publicatie (instellen|wijzigen)$/ }).click();
  await page.getByLabel('Gepubliceerd op de openbare pagina').check();
  await page.getByLabel('Prijs (euro)').fill('1.800,00');
  await page.getByLabel('Aanbetaling (euro)').fill('500');
  await page.getByLabel('Plaatsen', { exact: true }).fill(places);
  await page.getByLabel('Grootte van de wachtlijst').fill(waitlist);
  await page.getByRole('button', { name: 'Publicatie opslaan' }).click();
  await page.getByText('Publicatie opgeslagen.').waitFor({ timeout: 15_000 });
}

describe('the front office for staff, in Dutch at 360 px', () => {
  it('publishes a cohort, shows an application as reported by the client, and the clinician makes an offer', async () => {
    const intake = await inloggen('intake@demo-retreat.example');
    await intake.goto(`${app.url}/cohorts`);
    await intake
      .getByRole('link', { name: /Retreat .*\(demo\)/ })
      .first()
      .click();
    await intake.getByRole('heading', { name: 'Publicatie', level: 2 }).waitFor();
    // The demo seed publishes its retreat so that `npm start` shows a public page: its listing is there.
    const cohortId = cohortIdOf(intake);

    // Every error at once, each at its field.
    await intake.getByRole('button', { name: /^Publicatie (instellen|wijzigen)$/ }).click();
    await intake.getByLabel('Prijs (euro)').fill('veel');
    await intake.getByLabel('Aanbetaling (euro)').fill('500');
    await intake.getByLabel('Plaatsen', { exact: true }).fill('0');
    await intake.getByRole('button', { name: 'Termijn toevoegen' }).click();
    await intake.getByLabel('Dagen voor de start (termijn 1)').fill('30');
    await intake.getByLabel('Terugbetaling % (termijn 1)').fill('150');
    await intake.getByRole('button', { name: 'Publicatie opslaan' }).click();
    await intake.getByText('Vul een bedrag in euro in, zoals 1800 of 1800,00.').waitFor();
    await intake.getByText('Vul een heel getal in van 1 tot en met 12.').first().waitFor();
    await intake.getByText('Vul een heel getal in van 0 tot en met 100.').first().waitFor();
    expect(await intake.getByLabel('Prijs (euro)').getAttribute('aria-invalid')).toBe('true');
    await app.expectAccessible(intake, 'front-office-nl-publishing-errors');
    await intake.getByLabel('Terugbetaling % (termijn 1)').fill('100');
    await intake.getByRole('button', { name: 'Annuleren' }).click();

    await publish(intake, '12', '5');
    await intake.getByText('Gepubliceerd', { exact: true }).waitFor();
    await intake.getByRole('link', { name: `${app.url}/apply/${SLUG}` }).waitFor();
    await intake.getByText('nog 12 van 12').waitFor();
    await app.expectAccessible(intake, 'front-office-nl-publishing');
    expect(await fitsPhone(intake)).toBe(true);
    const offerings = await (await fetch(`${app.url}/api/public/organizations/${SLUG}/offerings`)).json();
    expect(offerings.items[0]).toMatchObject({
      cohortId,
      placesLeft: 12,
      price: { amount: 180_000, currency: 'EUR', deposit: 50_000 },
    });

    // An application through the public API, with a caution and a medication.
    const name = await applyPublicly(cohortId, {
      answers: { ...ALL_NO, 'serotonergic-medication': 'yes' },
      medications: [{ name: 'Sertraline', dose: '50 mg', frequency: 'dagelijks' }],
    });
    await intake.goto(`${app.url}/applications?stage=new`);
    await intake.getByRole('heading', { name: 'Aanmeldingen', level: 1 }).waitFor();
    await intake.getByRole('row', { name: new RegExp(`${name}.*Voorzichtigheid: 1.*Nieuw`) }).waitFor();
    await app.expectAccessible(intake, 'front-office-nl-queue');
    expect(await fitsPhone(intake)).toBe(true);
    await intake.getByRole('link', { name }).click();
    await intake.getByRole('heading', { name: 'Zelfrapportage: opgegeven door de cliënt' }).waitFor();
    await intake.getByText('Voorzichtigheid: opgegeven door de cliënt').waitFor();
    await intake.getByText('Sertraline 50 mg dagelijks').waitFor();
    // Intake prepares; the server lets only clinicians and owners decide.
    await intake.getByText('Alleen een behandelaar of eigenaar beslist').waitFor();
    expect(await intake.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    await app.expectAccessible(intake, 'front-office-nl-application-intake');
    await intake.goto(`${app.url}/applications?stage=awaiting`);
    await intake.getByRole('row', { name: new RegExp(`${name}.*Wacht op besluit`) }).waitFor();

    const clinician = await inloggen('clinician@demo-retreat.example');
    await clinician.goto(`${app.url}/applications`);
    await clinician.getByRole('link', { name }).click();
    await clinician.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await clinician.getByText('Kies geschikt of niet geschikt.').waitFor();
    await clinician.getByText('Vul minstens één reden in.').waitFor();
    await clinician.getByRole('radio', { name: 'Geschikt', exact: true }).check();
    await clinician
      .getByLabel('Redenen (één per regel)')
      .fill('Sertraline besproken met de voorschrijver\nVerder geen contra-indicaties');
    await clinician.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await clinician.getByText('Besluit vastgelegd.').waitFor({ timeout: 15_000 });
    await clinician.getByRole('heading', { name: 'Aanbod', level: 2 }).waitFor();
    await clinician.getByText('Aangeboden', { exact: true }).first().waitFor();
    await clinician.getByText('Vastgehouden tot').waitFor();
    await clinician.getByText(/Besloten door .* op/).waitFor();
    await app.expectAccessible(clinician, 'front-office-nl-offer');
    expect(await fitsPhone(clinician)).toBe(true);

    // Lithium reported by the client is a hard stop: eligible is not offered to the clinician.
    const lithium = await applyPublicly(cohortId, { answers: { ...ALL_NO, lithium: 'yes' } });
    await clinician.goto(`${app.url}/applications`);
    await clinician.getByRole('link', { name: lithium, exact: true }).click();
    await clinician.getByText('Harde contra-indicatie: opgegeven door de cliënt').waitFor();
    expect(await clinician.getByRole('radio', { name: 'Geschikt', exact: true }).isDisabled()).toBe(true);
    await clinician.getByText(/^Niet mogelijk zolang de cliënt een harde contra-indicatie/).waitFor();
  });

  it('fills a cohort of one place, waitlists the next applicant and moves the list when the offer is declined', async () => {
    const owner = await inloggen('owner@demo-retreat.example');
    // A second cohort of the demo retreat, made through the API the cohort form uses.
    const made = await owner.evaluate(async () => {
      const csrf = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
      const cohorts = (await (await fetch('/api/cohorts')).json()) as {
        items: Array<{ program: { id: string }; startDate: string; facilitators: Array<{ id: string }> }>;
      };
      const demo = cohorts.items[0]!;
      const res = await fetch('/api/cohorts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken },
        body: JSON.stringify({
          programId: demo.program.id,
          name: 'Herfstretreat',
          startDate: `${Number(demo.startDate.slice(0, 4)) + 1}${demo.startDate.slice(4)}`,
          capacity: 4,
          facilitatorIds: demo.facilitators.map((f) => f.id),
        }),
      });
      return { status: res.status, body: (await res.json()) as { id: string } };
    });
    expect(made.status).toBe(201);
    await owner.goto(`${app.url}/cohorts/${made.body.id}`);
    await publish(owner, '1', '3');
    await owner.getByText('nog 1 van 1').waitFor();
    await owner.getByRole('link', { name: 'Aanmeldingen en wachtlijst van deze groep' }).waitFor();

    const first = await applyPublicly(made.body.id);
    const second = await applyPublicly(made.body.id);
    const clinician = await inloggen('clinician@demo-retreat.example');
    for (const name of [first, second]) {
      await clinician.goto(`${app.url}/applications?cohortId=${made.body.id}`);
      await clinician.getByRole('link', { name, exact: true }).first().click();
      await clinician.getByRole('radio', { name: 'Geschikt', exact: true }).check();
      await clinician.getByLabel('Redenen (één per regel)').fill('Zelfrapportage zonder bijzonderheden');
      await clinician.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await clinician.getByText('Besluit vastgelegd.').waitFor({ timeout: 15_000 });
    }
    await clinician.getByText('Op de wachtlijst op plaats 1').waitFor();

    await clinician.goto(`${app.url}/applications?cohortId=${made.body.id}`);
    const waitlist = clinician.getByRole('region', { name: 'Wachtlijst voor Herfstretreat' });
    await waitlist
      .getByRole('listitem')
      .filter({ hasText: `${second} (Plaats 1)` })
      .waitFor();
    await clinician.getByRole('row', { name: new RegExp(`${first}.*Aangeboden`) }).waitFor();
    await app.expectAccessible(clinician, 'front-office-nl-waitlist');

    // The first applicant declines by phone: the place passes to the waitlist.
    await clinician.getByRole('link', { name: first, exact: true }).click();
    await clinician.getByRole('button', { name: 'Afgewezen' }).click();
    await clinician.getByText('Het aanbod is nu: Afgewezen.').waitFor({ timeout: 15_000 });
    await clinician.goto(`${app.url}/applications?cohortId=${made.body.id}`);
    await clinician.getByRole('row', { name: new RegExp(`${second}.*Aangeboden`) }).waitFor();
    await waitlist.getByText('Niemand staat op de wachtlijst van deze groep.').waitFor();
    await clinician.getByRole('link', { name: second, exact: true }).click();
    await clinician.getByText('Vanaf de wachtlijst').waitFor();
    await app.expectAccessible(clinician, 'front-office-nl-waitlist-moved');
  });
});
