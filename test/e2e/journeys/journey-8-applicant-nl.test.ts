/**
 * Journey 8 (../shared/product/journeys.md §8, issue 16's "done when"), in Dutch on a 360 px phone:
 * a person finds the centre's autumn retreat on its public page (dates, price, deposit, 3 places
 * left), applies with a self-report that mentions lithium and gets an email that it arrived. Intake
 * sees the application; the clinician sees "lithium: reported by the client" beside the hard stop
 * and decides. Lithium stops her; the journey goes on with Daan, who applied without it: he is
 * eligible, gets an offer and accepts it by its link, signs the consent in the portal, gets a bed in
 * a shared room with the roommate he asked for, and the pre-arrival message a week before lands in
 * the outbox in Dutch. When a place frees up, the first on the waitlist gets an offer with a
 * deadline. He pays the deposit right after accepting, through a loopback stand-in of Stripe's
 * checkout (the journey's iDEAL is Mollie's; both go through the same step and webhook): the
 * stand-in's page pays, signs and sends the webhook, and sends him back to his offer, now paid.
 * The clinician records Noor's taper plan on her client record (reached from the application):
 * a hard stop until the washout after it ends, lifted once the plan's last dose lies far enough
 * back. Intake keeps the rooms on the lodging page; Daan is dragged onto a bed, a drag onto a taken
 * bed is refused at that bed. Daan, in the cohort's roster, gets his preparation session booked
 * for today (the "appointment made" email in Dutch), sees it in the portal, and the facilitator
 * sees it on Today.
 *
 * Steps from journeys.md → asserted at (Dutch, 360 px):
 *  - public page: dates, price, deposit, 3 places left → first test; applies with a self-report
 *    mentioning lithium; the email that it arrived → first test
 *  - intake sees the application; the clinician sees "lithium: reported by the client" beside the
 *    hard stop and decides → second test
 *  - offer → "neemt het aanbod aan"; pays the deposit → "betaalt de aanbetaling" (through Stripe's
 *    stand-in: iDEAL is Mollie's, same step and webhook; the iDEAL choice itself is not walked)
 *  - signs the consent in the portal → "ondertekent de toestemming"; a bed in a shared room with
 *    the roommate asked for → "krijgt een bed"; pre-arrival message a week before → its test
 *  - a place frees up: the first on the waitlist gets an offer with a deadline → last test
 */
import net, { type AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSILOCYBIN_CHECKLIST } from '../../../src/domain/screening/checklists/psilocybin.ts';
import { atHomeDefinition } from '../../../src/server/demo/at-home.ts';
import { PAYMENT_SETTINGS, STRIPE_KEY, STRIPE_WEBHOOK } from '../../support/payment-fixtures.ts';
import { startStripeStandIn } from '../../support/payment-stand-ins.ts';
import { apiCall, fillDate, inDays, noSideScroll, setupBrowserApp } from '../support.ts';

/** A free port on loopback: the server's own address must be known before it starts (return URLs). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

// Stripe's stand-in starts first; the server is told where it is, and it where the server's webhook is.
const webhook = { url: '', secret: STRIPE_WEBHOOK };
let stripe: Awaited<ReturnType<typeof startStripeStandIn>> | undefined;
beforeAll(async () => {
  stripe = await startStripeStandIn(STRIPE_KEY, webhook);
});
afterAll(async () => {
  await stripe?.close();
});
const app = setupBrowserApp({
  env: async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    webhook.url = `${url}/api/public/payments/webhooks/stripe`;
    return { PORT: String(port), PUBLIC_URL: url, STRIPE_API_URL: stripe!.url };
  },
});
const PHONE = { width: 360, height: 780 };
const ZONE = 'Europe/Amsterdam';
const SLUG = 'demo-retreat-centre';
const ALL_NO = Object.fromEntries(PSILOCYBIN_CHECKLIST.items.map((i) => [i.id, 'no']));
/** The autumn retreat starts in six days, so its pre-arrival message a week before is due now. */
const START = inDays(6);

interface Applicant {
  givenName: string;
  familyName: string;
  email: string;
}
const NOOR: Applicant = { givenName: 'Noor', familyName: 'Visser', email: 'noor.visser@example.nl' };
const DAAN: Applicant = { givenName: 'Daan', familyName: 'de Wit', email: 'daan.dewit@example.nl' };
const SANNE: Applicant = { givenName: 'Sanne', familyName: 'de Wit', email: 'sanne.dewit@example.nl' };
const ILSE: Applicant = { givenName: 'Ilse', familyName: 'Mulder', email: 'ilse.mulder@example.nl' };
const BAS: Applicant = { givenName: 'Bas', familyName: 'Smit', email: 'bas.smit@example.nl' };
const nameOf = (a: Applicant) => `${a.givenName} ${a.familyName}`;

type Mail = { kind: string; to: string; subject: string; body: string; client: { id: string } | null };
type RuleOut = { medicationClass: string; effect: string; washoutDays: number | null; source: string };
interface QueueItem {
  id: string;
  client: { id: string; name: string };
  version: number;
  offer: { id: string; status: string } | null;
}

/** A staff member signed in on a phone, in Dutch. */
const inloggen = (email: string): Promise<Page> => app.staffPage(email, { viewport: PHONE, language: 'nl' });

/** Waits until the outbox holds a message that matches, and returns it. */
async function mailFor(staff: Page, matches: (m: Mail) => boolean): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const { items } = await apiCall<{ items: Mail[] }>(staff, 'GET', '/api/outbox?limit=500');
        found = items.find(matches);
        return found !== undefined;
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toBe(true);
  return found!;
}

/** An application as the public form sends it (its CSRF token and cookie, no sign-in). */
async function applyPublicly(cohortId: string, a: Applicant): Promise<void> {
  const csrf = await fetch(`${app.url}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${app.url}/api/public/organizations/${SLUG}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
    body: JSON.stringify({ cohortId, ...a, dateOfBirth: '1985-09-14', language: 'nl', answers: ALL_NO }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

/** The centre publishes an autumn retreat of the demo program: 3 places, a waitlist of 3. */
async function publishAutumnRetreat(owner: Page): Promise<string> {
  const { items } = await apiCall<{
    items: Array<{ program: { id: string }; facilitators: Array<{ id: string }> }>;
  }>(owner, 'GET', '/api/cohorts');
  const demo = items[0]!;
  const cohort = await apiCall<{ id: string }>(owner, 'POST', '/api/cohorts', {
    programId: demo.program.id,
    name: 'Herfstretreat',
    startDate: START,
    location: 'Demo Retreat Centre, Veluwe',
    capacity: 6,
    facilitatorIds: demo.facilitators.map((f) => f.id),
  });
  await apiCall(owner, 'PUT', `/api/cohorts/${cohort.id}/listing`, {
    published: true,
    endDate: inDays(9),
    currency: 'EUR',
    priceMinor: 185_000,
    depositMinor: 50_000,
    balanceDueDate: inDays(4),
    cancellationTiers: [{ minDaysBefore: 0, refundPercent: 0 }],
    places: 3,
    waitlistSize: 3,
    holdDays: 3,
  });
  return cohort.id;
}

/** The offer link emailed to an applicant (the token rides in the fragment). */
async function offerLinkOf(staff: Page, a: Applicant): Promise<string> {
  const mail = await mailFor(staff, (m) => m.kind === 'offer' && m.to === a.email);
  return /\/apply\/offer#[\w-]+/.exec(mail.body)![0];
}

const monthDay = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

/**
 * Half an hour ahead, but still today in Amsterdam, so that Today lists it late in the evening too;
 * and clear of tonight's demo at-home session, which the same facilitator runs (she cannot be booked
 * twice at once, so the clinic would refuse the booking).
 */
function preparationStart(now: DateTime): DateTime {
  const dose = atHomeDefinition().sessions.find((s) => s.dosing)!;
  const [hour, minute] = dose.startTime.split(':').map(Number);
  const busyFrom = now.set({ hour, minute, second: 0, millisecond: 0 });
  const busyTo = busyFrom.plus({ minutes: dose.durationMinutes });
  let at = now.plus({ minutes: 30 }).startOf('minute');
  if (at < busyTo && at.plus({ hours: 1 }) > busyFrom) at = busyTo;
  return DateTime.min(at, now.endOf('day').minus({ minutes: 1 })).startOf('minute');
}

describe('journey 8 in Dutch: iemand vindt de herfstretreat en meldt zich aan', () => {
  let cohortId: string;
  let staff: Page;

  it('ziet data, prijs, aanbetaling en nog 3 plekken; meldt zich aan met lithium en krijgt een e-mail', async () => {
    staff = await inloggen('owner@demo-retreat.example');
    cohortId = await publishAutumnRetreat(staff);

    const phone = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await phone.goto(`${app.url}/apply/${SLUG}`);
    await phone.getByRole('heading', { name: 'Retreats bij Demo Retreat Centre', level: 1 }).waitFor();
    expect(await phone.locator('html').getAttribute('lang')).toBe('nl');
    const card = phone.getByRole('article').filter({ hasText: 'Nog 3 plekken vrij' });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(monthDay(START));
    expect(text).toContain(monthDay(inDays(9)));
    expect(text).toContain('Demo Retreat Centre, Veluwe');
    expect(text).toMatch(/Prijs\s*€\s?1\.850,00/);
    expect(text).toMatch(/Aanbetaling\s*€\s?500,00/);
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await app.expectAccessible(phone, 'journey-8-nl-1-retreats');

    await card.getByRole('link', { name: 'Aanmelden voor Psilocybine-retreat' }).click();
    await phone.getByLabel('Voornaam').fill(NOOR.givenName);
    const formShown = Date.now();
    await phone.getByLabel('Achternaam').fill(NOOR.familyName);
    await phone.getByLabel('E-mailadres').fill(NOOR.email);
    await fillDate(phone.getByLabel('Geboortedatum'), '1984-02-11');
    await phone.getByRole('button', { name: 'Volgende' }).click();
    await phone.getByRole('heading', { name: 'Uw gezondheid' }).waitFor();
    const no = phone.getByRole('radio', { name: 'Nee', exact: true });
    for (let i = 0; i < (await no.count()); i++) await no.nth(i).check();
    await phone
      .getByRole('group', { name: /U gebruikt lithium/ })
      .getByRole('radio', { name: 'Ja' })
      .check();
    await app.expectAccessible(phone, 'journey-8-nl-2-health');
    await phone.getByRole('button', { name: 'Volgende' }).click();
    await phone.getByRole('heading', { name: 'Uw medicijnen' }).waitFor();
    await phone.getByRole('button', { name: 'Medicijn toevoegen' }).click();
    await phone.getByLabel('Medicijn 1: naam').fill('Lithiumcarbonaat');
    await phone.getByLabel('Dosis (niet verplicht)').fill('400 mg');
    await phone.getByLabel('Hoe vaak (niet verplicht)').fill('twee keer per dag');
    await app.expectAccessible(phone, 'journey-8-nl-3-medicines');
    // The spam trap refuses a self-report filled in faster than a person can.
    await phone.waitForTimeout(Math.max(0, 3_500 - (Date.now() - formShown)));
    await phone.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await phone.getByRole('heading', { name: 'Dank u wel, we hebben uw aanmelding ontvangen' }).waitFor();
    await phone.getByText(/neemt contact met u op via noor\.visser@example\.nl/).waitFor();
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await app.expectAccessible(phone, 'journey-8-nl-4-received');

    // The email that the application arrived, in her language.
    const mail = await mailFor(staff, (m) => m.kind === 'application-received' && m.to === NOOR.email);
    expect(mail.subject).toBe('Uw aanmelding bij Demo Retreat Centre is binnen');
    expect(mail.body).toMatch(
      /^Beste Noor,\n\nDank u wel voor uw aanmelding voor Psilocybine-retreat, vanaf /,
    );
    expect(mail.body).toContain(monthDay(START));
  });

  it('intake ziet de aanmelding; de behandelaar ziet lithium, opgegeven door de cliënt, en beslist', async () => {
    await applyPublicly(cohortId, DAAN);
    const intake = await inloggen('intake@demo-retreat.example');
    await intake.goto(`${app.url}/applications?cohortId=${cohortId}`);
    await intake.getByRole('heading', { name: 'Aanmeldingen', level: 1 }).waitFor();
    await intake
      .getByRole('row', { name: new RegExp(`${nameOf(NOOR)}.*Harde contra-indicatie: 1.*Nieuw`) })
      .waitFor();
    await intake.getByRole('row', { name: new RegExp(`${nameOf(DAAN)}.*Niets opgegeven.*Nieuw`) }).waitFor();
    expect(await noSideScroll(intake)).toBeLessThanOrEqual(0);
    await app.expectAccessible(intake, 'journey-8-nl-5-applications');

    const clinician = await inloggen('clinician@demo-retreat.example');
    await clinician.goto(`${app.url}/applications?cohortId=${cohortId}`);
    await clinician.getByRole('link', { name: nameOf(NOOR), exact: true }).click();
    await clinician.getByRole('heading', { name: 'Zelfrapportage: opgegeven door de cliënt' }).waitFor();
    const lithium = clinician.getByRole('row', { name: /lithium/i });
    await lithium.getByText('Harde contra-indicatie: opgegeven door de cliënt').waitFor();
    await lithium.getByText('Ja', { exact: true }).waitFor();
    await clinician.getByText('Lithiumcarbonaat 400 mg twee keer per dag').waitFor();
    expect(await clinician.getByRole('radio', { name: 'Geschikt', exact: true }).isDisabled()).toBe(true);
    await clinician.getByText(/^Niet mogelijk zolang de cliënt een harde contra-indicatie/).waitFor();
    await app.expectAccessible(clinician, 'journey-8-nl-6-lithium');
    await clinician.getByRole('radio', { name: 'Niet geschikt', exact: true }).check();
    await clinician
      .getByLabel('Redenen (één per regel)')
      .fill('Gebruikt lithium: niet samen met psilocybine\nAfbouwen alleen met de voorschrijver');
    await clinician.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await clinician.getByText('Besluit vastgelegd.').waitFor({ timeout: 15_000 });
    await clinician.getByText(/Besloten door .* op/).waitFor();
    await clinician.getByText('Gebruikt lithium: niet samen met psilocybine').waitFor();

    // Daan reported nothing that stops him: eligible, and he is offered a place with a deadline.
    await clinician.goto(`${app.url}/applications?cohortId=${cohortId}`);
    await clinician.getByRole('link', { name: nameOf(DAAN), exact: true }).click();
    await clinician.getByRole('radio', { name: 'Geschikt', exact: true }).check();
    await clinician
      .getByLabel('Redenen (één per regel)')
      .fill('Zelfrapportage en intakegesprek zonder bijzonderheden');
    await clinician.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await clinician.getByText('Besluit vastgelegd.').waitFor({ timeout: 15_000 });
    await clinician.getByRole('heading', { name: 'Aanbod', level: 2 }).waitFor();
    await clinician.getByText('Vastgehouden tot').waitFor();
    await app.expectAccessible(clinician, 'journey-8-nl-7-offer-made');
  });

  it('de behandelaar legt Noors afbouwschema vast; de contra-indicatie volgt het schema', async () => {
    // The clinic's protocol gives lithium a washout (its medical lead's number, not Threshold's).
    const { items } = await apiCall<{ items: Array<{ modality: string; rules: RuleOut[] }> }>(
      staff,
      'GET',
      '/api/organization/medication-rules',
    );
    const psilocybin = items.find((r) => r.modality === 'psilocybin')!.rules;
    await apiCall(staff, 'PUT', '/api/organization/medication-rules/psilocybin', {
      rules: psilocybin.map(({ medicationClass, effect, washoutDays, source }) =>
        medicationClass === 'lithium'
          ? { medicationClass, effect, washoutDays: 30, source: 'Protocol van het centrum' }
          : { medicationClass, effect, washoutDays, source },
      ),
    });

    const clinician = await inloggen('clinician@demo-retreat.example');
    await clinician.goto(`${app.url}/applications?cohortId=${cohortId}`);
    await clinician.getByRole('link', { name: nameOf(NOOR), exact: true }).click();
    await clinician.getByRole('link', { name: 'Cliëntdossier: medicatie en afbouwschema' }).click();
    await clinician.getByRole('heading', { name: nameOf(NOOR), level: 1 }).waitFor({ timeout: 15_000 });
    const meds = clinician.locator('section[aria-labelledby="medications-title"]');
    await meds.getByRole('button', { name: 'Medicatie toevoegen' }).click();
    const form = meds.getByRole('form', { name: 'Medicatie toevoegen' });
    await form.getByRole('textbox', { name: /^Naam/ }).fill('Lithiumcarbonaat');
    await form.getByLabel('Groep', { exact: true }).selectOption({ label: 'Lithium' });
    await form.getByRole('textbox', { name: 'Dosis', exact: true }).first().fill('400 mg');
    await fillDate(form.getByLabel('Laatste dosis (geweest of gepland)'), inDays(20));
    await form.getByLabel('Gemeld door').selectOption({ label: 'Een behandelaar (bevestigd)' });
    // The prescriber's plan: half the dose from next week, the last dose in twenty days.
    await form.getByRole('button', { name: 'Stap toevoegen' }).click();
    await fillDate(form.getByLabel('Vanaf', { exact: true }), inDays(7));
    await form.getByRole('textbox', { name: 'Dosis', exact: true }).nth(1).fill('200 mg');
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await meds.getByRole('cell', { name: 'Lithiumcarbonaat', exact: true }).waitFor({ timeout: 15_000 });
    // Before the washout ends: still a hard stop, with the day it lifts.
    const stops = meds.getByRole('status').filter({ hasText: 'Harde contra-indicaties voor dosering' });
    await stops
      .getByText(
        /^Lithiumcarbonaat \(Lithium\): laatste dosis .+; vrij vanaf .+ \(uitwasperiode 30 dagen\)\./,
      )
      .waitFor();
    await app.expectAccessible(clinician, 'journey-8-nl-6b-taper');

    // The prescriber's letter says she finished tapering six weeks ago: after the washout, cleared.
    await meds.getByRole('button', { name: 'Bewerken Lithiumcarbonaat' }).click();
    const edit = meds.getByRole('form', { name: 'Bewerken' });
    await fillDate(edit.getByLabel('Vanaf', { exact: true }), inDays(-52));
    await fillDate(edit.getByLabel('Laatste dosis (geweest of gepland)'), inDays(-42));
    await edit.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const lifted = meds
      .getByRole('status')
      .filter({ hasText: 'Opgeheven harde contra-indicaties voor Psilocybine' });
    await lifted.getByText(/^Lithiumcarbonaat \(Lithium\): vrij sinds /).waitFor({ timeout: 15_000 });
    expect(await stops.count()).toBe(0);
    expect(await noSideScroll(clinician)).toBeLessThanOrEqual(1);
  });

  it('Daan neemt het aanbod aan via de link in zijn e-mail', async () => {
    const link = await offerLinkOf(staff, DAAN);
    const phone = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await phone.goto(`${app.url}${link}`);
    await phone.getByRole('heading', { name: 'Uw plek: Psilocybine-retreat' }).waitFor({ timeout: 15_000 });
    await phone.getByText(/We houden deze plek voor u vast tot .+ \(Midden-Europese/).waitFor();
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await app.expectAccessible(phone, 'journey-8-nl-8-offer');
    await phone.getByRole('button', { name: 'Plek aannemen' }).click();
    await phone.getByRole('heading', { name: 'U hebt uw plek aangenomen' }).waitFor();
    await app.expectAccessible(phone, 'journey-8-nl-9-accepted');
  });

  it('Daan betaalt de aanbetaling en komt terug bij zijn aanbod, nu betaald', async () => {
    // The centre takes deposits online (its settings, as the owner keeps them).
    const current = await apiCall<{ version: number }>(staff, 'GET', '/api/organization/payment-settings');
    await apiCall(staff, 'PUT', '/api/organization/payment-settings', {
      ...PAYMENT_SETTINGS,
      methods: ['stripe', 'bank_transfer'],
      mollieApiKey: null,
      version: current.version,
    });
    const link = await offerLinkOf(staff, DAAN);
    const phone = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await phone.goto(`${app.url}${link}`);
    await phone.getByRole('heading', { name: 'Aanbetaling betalen' }).waitFor({ timeout: 15_000 });
    await phone.getByText(/Te betalen: €\s?500,00/).waitFor();
    await app.expectAccessible(phone, 'journey-8-nl-9b-deposit');
    await phone.getByRole('radio', { name: 'Kaart (Stripe)' }).check();
    await phone.getByRole('button', { name: 'Verder' }).click();
    // The provider's checkout (the stand-in's page), then back to the offer.
    await phone.getByRole('heading', { name: 'Stripe Checkout (stand-in)' }).waitFor({ timeout: 15_000 });
    await phone.getByRole('button', { name: 'Pay' }).click();
    await phone.waitForURL(/\/apply\/offer\?payment=/, { timeout: 15_000 });
    await phone.getByText('We hebben uw aanbetaling ontvangen. Dank u wel.').waitFor({ timeout: 15_000 });
    await phone.getByRole('heading', { name: 'Restbedrag betalen' }).waitFor();
    await phone.getByText(/Het restbedrag van €\s?1\.350,00 betaalt u uiterlijk \d+ \w+ \d{4}\./).waitFor();
    expect(phone.url()).toContain('/apply/offer?payment=');
    expect(stripe!.failures).toEqual([]);
    await app.expectAccessible(phone, 'journey-8-nl-9c-paid');
  });

  it('Daan ondertekent de toestemming in het portaal', async () => {
    // His partner Sanne applied too and took her place; the clinician completes both screenings.
    await applyPublicly(cohortId, SANNE);
    const clinician = await inloggen('clinician@demo-retreat.example');
    const queue = await apiCall<{ items: QueueItem[] }>(
      clinician,
      'GET',
      `/api/applications?cohortId=${cohortId}`,
    );
    const sanne = queue.items.find((a) => a.client.name === nameOf(SANNE))!;
    const decided = await apiCall<QueueItem>(clinician, 'POST', `/api/applications/${sanne.id}/decision`, {
      decision: 'eligible',
      reasons: ['Zelfrapportage zonder bijzonderheden'],
      version: sanne.version,
    });
    await apiCall(clinician, 'POST', `/api/offers/${decided.offer!.id}/status`, { status: 'accepted' });
    const cohort = await apiCall<{ roster: Array<{ enrollmentId: string; clientId: string; name: string }> }>(
      clinician,
      'GET',
      `/api/cohorts/${cohortId}`,
    );
    expect(cohort.roster.map((r) => r.name).sort()).toEqual([nameOf(DAAN), nameOf(SANNE)]);
    for (const r of cohort.roster) {
      const s = await apiCall<{ id: string }>(
        clinician,
        'POST',
        `/api/enrollments/${r.enrollmentId}/screenings`,
        {
          answers: ALL_NO,
          medications: [],
          vitals: { systolic: 124, diastolic: 79, heartRate: 68, weightKg: 78 },
        },
      );
      await apiCall(clinician, 'POST', `/api/enrollments/${r.enrollmentId}/screenings/${s.id}/decision`, {
        decision: 'eligible',
        rationale: 'Geen contra-indicaties bij de screening.',
      });
    }

    const phone = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await phone.goto(`${app.url}/portal`);
    await phone.getByLabel('Uw e-mailadres').fill(DAAN.email);
    await phone.getByRole('button', { name: 'Mail mij een inloglink' }).click();
    await phone.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();
    const mail = await mailFor(staff, (m) => m.to === DAAN.email && /\/portal\/sign-in\/[\w-]+/.test(m.body));
    await phone.goto(`${app.url}${/\/portal\/sign-in\/[\w-]+/.exec(mail.body)![0]}`);
    await phone.getByRole('heading', { name: 'Toestemming om te ondertekenen' }).waitFor({ timeout: 15_000 });
    await phone
      .getByRole('link', { name: /Lezen en ondertekenen: Toestemmingsformulier psilocybine-retreat/ })
      .click();
    await phone
      .getByRole('heading', { name: 'Toestemmingsformulier psilocybine-retreat (demo)', level: 1 })
      .waitFor();
    await phone.getByText(/Versie 1, gepubliceerd op/).waitFor();
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(1);
    await app.expectAccessible(phone, 'journey-8-nl-10-consent');
    await phone.getByLabel('Uw volledige naam').fill(nameOf(DAAN));
    await phone.getByLabel('Ik heb dit document gelezen en ik ga ermee akkoord.').check();
    await phone.getByRole('button', { name: 'Versie 1 ondertekenen' }).click();
    await phone.getByRole('heading', { name: 'Dank u, u hebt ondertekend' }).waitFor({ timeout: 15_000 });
    await app.expectAccessible(phone, 'journey-8-nl-11-signed');
  });

  it('krijgt een bed in een gedeelde kamer met de kamergenoot die hij vroeg', async () => {
    // Intake keeps the rooms on their own page, without the organization's other settings.
    const intake = await inloggen('intake@demo-retreat.example');
    const nav = intake.getByRole('navigation');
    await intake.getByRole('button', { name: 'Navigatie openen' }).click();
    await nav.getByRole('link', { name: 'Accommodatie' }).click();
    await intake.getByRole('heading', { name: 'Accommodatie', level: 1 }).waitFor();
    expect(await nav.getByRole('link', { name: 'Organisatie-instellingen' }).count()).toBe(0);
    const rooms = intake.locator('section', {
      has: intake.getByRole('heading', { name: 'Slaapkamers en bedden' }),
    });
    for (const [name, beds] of [
      ['Eik', '1, 2'],
      ['Linde', '1'],
    ] as const) {
      await rooms.getByRole('button', { name: 'Kamer toevoegen' }).click();
      const form = rooms.getByRole('form', { name: 'Kamer toevoegen' });
      await form.getByLabel('Naam van de kamer').fill(name);
      await form.getByRole('textbox', { name: /^Bedden/ }).fill(beds);
      await form.getByRole('button', { name: 'Kamer opslaan' }).click();
      await rooms.getByRole('rowheader', { name: new RegExp(`^${name}`) }).waitFor();
    }
    expect(await noSideScroll(intake)).toBeLessThanOrEqual(0);
    await app.expectAccessible(intake, 'journey-8-nl-12a-rooms');

    await staff.goto(`${app.url}/cohorts/${cohortId}`);
    const section = staff.locator('section', { has: staff.getByRole('heading', { name: 'Accommodatie' }) });
    await fillDate(section.getByLabel('Aankomstdatum'), START);
    await fillDate(section.getByLabel('Vertrekdatum'), inDays(9));
    await section.getByRole('button', { name: 'Nachten opslaan' }).click();
    await section.getByText(/\(3 nachten\)$/).waitFor();

    // Daan asked to share a room with Sanne.
    await section.getByRole('button', { name: `Wensen van ${nameOf(DAAN)}` }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('Kamergenoot').selectOption({ label: nameOf(SANNE) });
    await dialog.getByRole('button', { name: 'Wensen opslaan' }).click();
    await section.getByText(`Wil een kamer delen met ${nameOf(SANNE)}`).waitFor();

    // On a desktop: Daan is dragged onto a bed; Sanne, dragged onto his, is refused at that bed.
    await staff.setViewportSize({ width: 1280, height: 900 });
    const unplaced = section.getByRole('group', { name: 'Gasten zonder bed' });
    await unplaced.scrollIntoViewIfNeeded();
    const eik1 = section.getByRole('group', { name: 'Eik · bed 1' });
    await unplaced.getByText(nameOf(DAAN), { exact: true }).dragTo(eik1);
    await eik1.getByText(nameOf(DAAN), { exact: true }).waitFor({ timeout: 15_000 });
    await expect.poll(() => section.getByLabel(`Bed voor ${nameOf(DAAN)}`).inputValue()).not.toBe('');
    await unplaced.getByText(nameOf(SANNE), { exact: true }).dragTo(eik1);
    await eik1.getByRole('alert').waitFor({ timeout: 15_000 });
    await eik1.getByText(nameOf(DAAN), { exact: true }).waitFor();
    await unplaced.getByText(nameOf(SANNE), { exact: true }).waitFor();
    await app.expectAccessible(staff, 'journey-8-nl-12b-drag-refused', eik1);
    await staff.setViewportSize(PHONE);
    // The keyboard's way: the bed list.
    await section.getByLabel(`Bed voor ${nameOf(SANNE)}`).selectOption({ label: 'Eik · bed 2' });
    await expect.poll(() => section.getByLabel(`Bed voor ${nameOf(SANNE)}`).inputValue()).not.toBe('');
    await section.getByText('0 van 2 gasten zonder bed.').waitFor();
    const lodging = await apiCall<{
      guests: Array<{ client: { name: string }; bedId: string | null; roommateClientId: string | null }>;
      rooms: Array<{ name: string; beds: Array<{ id: string }> }>;
    }>(staff, 'GET', `/api/cohorts/${cohortId}/lodging`);
    const eik = lodging.rooms.find((r) => r.name === 'Eik')!.beds.map((b) => b.id);
    for (const g of lodging.guests) expect(eik).toContain(g.bedId);
    expect(await noSideScroll(staff)).toBeLessThanOrEqual(1);
    await app.expectAccessible(
      staff,
      'journey-8-nl-12-beds',
      section.getByLabel(`Bed voor ${nameOf(SANNE)}`),
    );
  });

  it('het bericht vóór aankomst, een week van tevoren, komt in het Nederlands in de outbox', async () => {
    await staff.goto(`${app.url}/cohorts/${cohortId}`);
    const section = staff.locator('section', { has: staff.getByRole('heading', { name: 'Vóór aankomst' }) });
    await section.getByText('Nog niet geschreven').waitFor();
    await section.getByText('Nederlands', { exact: true }).click();
    await section.getByLabel('Zoveel dagen vóór de start versturen').fill('7');
    await section.getByText(/^Verstuurd vanaf .* \(de groep start .*\)/).waitFor();
    await section.getByLabel('Onderwerp').fill('Uw verblijf in de herfstretreat');
    await section.getByLabel('Wat neemt u mee').fill('Warme sokken en een slaapmasker');
    await section.getByLabel('Aankomsttijd').fill('Tussen 15:00 en 17:00');
    await section.getByRole('button', { name: 'Bericht opslaan (Nederlands)' }).click();
    await section.getByText(/^Opgeslagen /).waitFor({ timeout: 15_000 });
    await app.expectAccessible(staff, 'journey-8-nl-13-pre-arrival');

    // The scheduler (every 2 s in these tests) finds it due: the start is less than a week away.
    const mail = await mailFor(staff, (m) => m.kind === 'pre-arrival' && m.to === DAAN.email);
    expect(mail.subject).toBe('Uw verblijf in de herfstretreat');
    expect(mail.body).toMatch(/^Beste Daan,/);
    expect(mail.body).toContain('Warme sokken en een slaapmasker');
  });

  it('staat in de groep, krijgt zijn voorbereidingssessie en ziet die in het portaal; de begeleider op Vandaag', async () => {
    // Intake sees Daan in the cohort's roster.
    const intake = await inloggen('intake@demo-retreat.example');
    await intake.goto(`${app.url}/cohorts/${cohortId}`);
    const roster = intake.locator('section', { has: intake.getByRole('heading', { name: 'Deelnemers' }) });
    await roster.getByRole('link', { name: nameOf(DAAN), exact: true }).click();
    await intake.getByRole('heading', { name: nameOf(DAAN), level: 1 }).waitFor({ timeout: 15_000 });

    // His personal preparation session was planned two weeks before the start: before he applied.
    // Intake books it for later today, with a facilitator.
    await intake.getByRole('link', { name: 'Persoonlijke voorbereidingssessie' }).click();
    await intake.getByRole('heading', { name: 'Persoonlijke voorbereidingssessie', level: 1 }).waitFor();
    const at = preparationStart(DateTime.now().setZone(ZONE));
    await fillDate(intake.getByLabel('Nieuw begin'), at.toFormat("yyyy-MM-dd'T'HH:mm"));
    await fillDate(intake.getByLabel('Nieuw einde'), at.plus({ hours: 1 }).toFormat("yyyy-MM-dd'T'HH:mm"));
    await intake.getByLabel('Reden van de wijziging').fill('Aangemeld na de geplande datum');
    await intake.getByRole('button', { name: 'Sessie verplaatsen' }).click();
    await intake.getByText('Sessie verplaatst.', { exact: false }).first().waitFor({ timeout: 15_000 });
    await intake.getByLabel('Begeleider van deze sessie').first().click();
    await intake
      .getByRole('option', { name: /\(Begeleider\)$/ })
      .first()
      .click();
    await intake.getByRole('button', { name: 'Begeleider opslaan' }).click();
    await intake.getByText('Begeleider opgeslagen', { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(await noSideScroll(intake)).toBeLessThanOrEqual(1);
    await app.expectAccessible(intake, 'journey-8-nl-14-preparation-booked');

    // Daan gets "session booked" in Dutch, not "moved" from a date he never had.
    const booked = await mailFor(staff, (m) => m.kind === 'session-booked' && m.to === DAAN.email);
    const day = new Intl.DateTimeFormat('nl-NL', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: ZONE,
    }).format(at.toJSDate());
    expect(booked.subject).toBe(`Uw afspraak bij Demo Retreat Centre op ${day}`);
    expect(booked.body).toMatch(/^Beste Daan,\n\nDemo Retreat Centre heeft een afspraak voor u gemaakt:/);
    expect(booked.body).toContain(`Persoonlijke voorbereidingssessie\n${day} om ${at.toFormat('HH:mm')}`);

    // In his portal, among his coming sessions.
    const SIGN_IN = /\/portal\/sign-in\/[\w-]+/;
    const { items: before } = await apiCall<{ items: Mail[] }>(staff, 'GET', '/api/outbox?limit=500');
    const old = new Set(before.filter((m) => m.to === DAAN.email).map((m) => m.body));
    const phone = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await phone.goto(`${app.url}/portal`);
    await phone.getByLabel('Uw e-mailadres').fill(DAAN.email);
    await phone.getByRole('button', { name: 'Mail mij een inloglink' }).click();
    await phone.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();
    const signIn = await mailFor(
      staff,
      (m) => m.to === DAAN.email && SIGN_IN.test(m.body) && !old.has(m.body),
    );
    await phone.goto(`${app.url}${SIGN_IN.exec(signIn.body)![0]}`);
    const sessions = phone.locator('section', {
      has: phone.getByRole('heading', { name: 'Uw komende sessies' }),
    });
    await sessions.getByText('Persoonlijke voorbereidingssessie').first().waitFor({ timeout: 15_000 });
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(1);
    await app.expectAccessible(phone, 'journey-8-nl-15-portal-session');

    // The facilitator sees it on Today, with Daan.
    const facilitator = await inloggen('facilitator@demo-retreat.example');
    await facilitator.goto(`${app.url}/today`);
    await facilitator.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    const card = facilitator.getByRole('article').filter({ hasText: 'Persoonlijke voorbereidingssessie' });
    await card.first().waitFor({ timeout: 15_000 });
    expect(await card.first().textContent()).toContain(at.toFormat('HH:mm'));
    await app.expectAccessible(facilitator, 'journey-8-nl-16-today');
  });

  it('komt er een plek vrij, dan krijgt de eerste op de wachtlijst een aanbod met een uiterste datum', async () => {
    // Ilse takes the last place; Bas, eligible too, goes on the waitlist.
    await applyPublicly(cohortId, ILSE);
    await applyPublicly(cohortId, BAS);
    const clinician = await inloggen('clinician@demo-retreat.example');
    for (const who of [ILSE, BAS]) {
      const queue = await apiCall<{ items: QueueItem[] }>(
        clinician,
        'GET',
        `/api/applications?cohortId=${cohortId}`,
      );
      const a = queue.items.find((x) => x.client.name === nameOf(who))!;
      await apiCall(clinician, 'POST', `/api/applications/${a.id}/decision`, {
        decision: 'eligible',
        reasons: ['Zelfrapportage zonder bijzonderheden'],
        version: a.version,
      });
    }
    await clinician.goto(`${app.url}/applications?cohortId=${cohortId}`);
    const waitlist = clinician.getByRole('region', { name: 'Wachtlijst voor Herfstretreat' });
    await waitlist
      .getByRole('listitem')
      .filter({ hasText: `${nameOf(BAS)} (Plaats 1)` })
      .waitFor();

    // Ilse cannot come after all and declines by her link: the place frees up.
    const phone = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await phone.goto(`${app.url}${await offerLinkOf(staff, ILSE)}`);
    await phone.getByRole('button', { name: 'Afslaan' }).click();
    await phone.getByRole('button', { name: 'Ja, plek afslaan' }).click();
    await phone.getByRole('heading', { name: 'U hebt deze plek afgeslagen' }).waitFor({ timeout: 15_000 });

    // Bas, first on the waitlist, is emailed an offer with a deadline, in Dutch.
    const offer = await mailFor(staff, (m) => m.kind === 'offer' && m.to === BAS.email);
    expect(offer.subject).toBe('Een plek voor u bij Demo Retreat Centre');
    expect(offer.body).toMatch(/We houden die plek voor u vrij tot .+\(Midden-Europese/);
    await clinician.goto(`${app.url}/applications?cohortId=${cohortId}`);
    await waitlist.getByText('Niemand staat op de wachtlijst van deze groep.').waitFor();
    await clinician.getByRole('link', { name: nameOf(BAS), exact: true }).click();
    await clinician.getByText('Vanaf de wachtlijst').waitFor();
    await clinician.getByText('Vastgehouden tot').waitFor();
    await app.expectAccessible(clinician, 'journey-8-nl-14-waitlist-offer');

    const bas = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    await bas.goto(`${app.url}${await offerLinkOf(staff, BAS)}`);
    await bas
      .getByText(/We houden deze plek voor u vast tot .+ \(Midden-Europese/)
      .waitFor({ timeout: 15_000 });
    expect(await noSideScroll(bas)).toBeLessThanOrEqual(0);
    await app.expectAccessible(bas, 'journey-8-nl-15-waitlist-offer-link');
  });
});
