/**
 * Issue 16, parts 3, 6 and 7 in the browser: a Dutch client signs the retreat's consent document in
 * the portal on a phone (typed name, explicit tick; a new version asks again), staff read the signed
 * copy; staff add lodging rooms, set the cohort's nights, allocate a bed by hand and the others by
 * auto-assign, a second guest on a full bed is refused with the server's reason at the field, the
 * house list opens and prints; the pre-arrival message is written with its preview. Every screen at
 * 360 px is checked with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillDate, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 740 };

async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/session')).json();
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${res.text}`);
  return (res.text ? JSON.parse(res.text) : null) as T;
}

type Message = { kind: string; body: string; client: { id: string } | null };

async function mailFor(staff: Page, matches: (m: Message) => boolean): Promise<Message> {
  let found: Message | undefined;
  await expect
    .poll(
      async () => {
        const { items } = await apiCall<{ items: Message[] }>(staff, 'GET', '/api/outbox?limit=500');
        found = items.find(matches);
        return found !== undefined;
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toBe(true);
  return found!;
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

interface Cohort {
  id: string;
  name: string;
  startDate: string;
  program: { id: string };
  roster: Array<{ enrollmentId: string; clientId: string; name: string }>;
}

/** The demo retreat cohort, its three clients screened and found eligible (so they are guests). */
async function eligibleCohort(staff: Page): Promise<Cohort> {
  const { items } = await apiCall<{ items: Array<{ id: string; name: string }> }>(
    staff,
    'GET',
    '/api/cohorts',
  );
  const summary = items.find((c) => c.name.startsWith('Retreat'))!;
  const cohort = await apiCall<Cohort>(staff, 'GET', `/api/cohorts/${summary.id}`);
  const checklist = await apiCall<{ items: Array<{ id: string }> }>(
    staff,
    'GET',
    '/api/screening-checklists/psilocybin',
  );
  const answers = Object.fromEntries(checklist.items.map((i) => [i.id, 'no']));
  for (const r of cohort.roster) {
    const s = await apiCall<{ id: string }>(staff, 'POST', `/api/enrollments/${r.enrollmentId}/screenings`, {
      answers,
      medications: [],
      vitals: { systolic: 122, diastolic: 78, heartRate: 70, weightKg: 72 },
    });
    await apiCall(staff, 'POST', `/api/enrollments/${r.enrollmentId}/screenings/${s.id}/decision`, {
      decision: 'eligible',
      rationale: 'No contraindications.',
    });
  }
  return cohort;
}

const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('e-consent, beds and the house list in the browser', () => {
  let cohort: Cohort;
  let bram: Cohort['roster'][number];

  it('a Dutch client signs the consent in the portal; a new version asks again; staff see the signed copy', async () => {
    const staff = await app.newPage(PHONE);
    await app.signIn(staff, 'clinician@demo-retreat.example');
    cohort = await eligibleCohort(staff);
    bram = cohort.roster.find((r) => r.name.startsWith('Bram'))!;

    const phone = await app.newPage(PHONE, { language: 'nl', locale: 'nl-NL' });
    await phone.goto(`${app.url}/portal`);
    await phone.getByLabel('Uw e-mailadres').fill('bram.jansen@demo-client.example');
    await phone.getByRole('button', { name: 'Mail mij een inloglink' }).click();
    await phone.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();
    const mail = await mailFor(
      staff,
      (m) => m.client?.id === bram.clientId && /\/portal\/sign-in\/[A-Za-z0-9_-]+/.test(m.body),
    );
    await phone.goto(`${app.url}${/\/portal\/sign-in\/[A-Za-z0-9_-]+/.exec(mail.body)![0]}`);
    await phone.getByRole('heading', { name: 'Toestemming om te ondertekenen' }).waitFor({ timeout: 15_000 });
    await app.expectAccessible(phone, 'lodging-consent-portal-home');
    await phone
      .getByRole('link', { name: /Lezen en ondertekenen: Toestemmingsformulier psilocybine-retreat/ })
      .click();

    await phone
      .getByRole('heading', { name: 'Toestemmingsformulier psilocybine-retreat (demo)', level: 1 })
      .waitFor();
    await phone.getByText(/Versie 1, gepubliceerd op/).waitFor();
    await phone.getByText(/Vingerafdruk van deze tekst \(SHA-256\): [0-9a-f]{64}/).waitFor();
    await app.expectAccessible(phone, 'lodging-consent-read');
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(1);

    // Nothing typed, nothing ticked: both said at their fields, nothing sent.
    const sign = phone.getByRole('button', { name: 'Versie 1 ondertekenen' });
    await sign.click();
    await phone.getByText('Typ uw volledige naam.').waitFor();
    // A name that is not the client's: the server refuses, the portal says so in Dutch.
    await phone.getByLabel('Uw volledige naam').fill('Bram');
    await phone.getByLabel('Ik heb dit document gelezen en ik ga ermee akkoord.').check();
    await sign.click();
    await phone
      .getByText('Typ uw volledige naam zoals uw kliniek die heeft (voor- en achternaam).')
      .waitFor();
    await app.expectAccessible(phone, 'lodging-consent-name-refused');
    await phone.getByLabel('Uw volledige naam').fill('Bram Jansen');
    await sign.click();
    await phone.getByRole('heading', { name: 'Dank u, u hebt ondertekend' }).waitFor();
    await phone
      .getByText(/U hebt “Toestemmingsformulier psilocybine-retreat \(demo\)”, versie 1, ondertekend op/)
      .waitFor();
    await app.expectAccessible(phone, 'lodging-consent-signed');

    // Staff see the signed copy on the client's page: name, time, version, hash, address, device.
    await staff.goto(`${app.url}/clients/${bram.clientId}`);
    await staff.getByRole('button', { name: 'Signed copy of version 1' }).click();
    const dialog = staff.getByRole('region', {
      name: 'Signed copy: Toestemmingsformulier psilocybine-retreat (demo), version 1',
    });
    await dialog.getByText(/Demo-toestemmingsformulier — dit is een voorbeeldtekst/).waitFor();
    await dialog.getByText('Bram Jansen', { exact: true }).first().waitFor();
    await dialog.getByText(/^[0-9a-f]{64}$/).waitFor();
    await dialog.getByText('The stored text still matches this hash.').waitFor();
    await dialog.getByText(/127\.0\.0\.1/).waitFor();
    await dialog
      .getByText(/Chrome\//)
      .first()
      .waitFor();
    await dialog.getByText(/Times in Europe\/Amsterdam/).waitFor();
    await app.expectAccessible(staff, 'lodging-consent-signed-copy');

    // A new version of the document: the portal asks for a new signature.
    await apiCall(staff, 'POST', `/api/programs/${cohort.program.id}/consent-documents`, {
      title: 'Toestemmingsformulier psilocybine-retreat (demo)',
      body: 'Versie 2 van de demo-toestemmingstekst: hetzelfde programma, met een extra alinea over integratie.',
    });
    await phone.goto(`${app.url}/portal`);
    await phone
      .getByRole('link', { name: /Lezen en ondertekenen: Toestemmingsformulier psilocybine-retreat/ })
      .waitFor();
    await phone.getByText(/· versie 2$/).waitFor();
    // The email's link names no document: it opens the one waiting for a signature.
    await phone.goto(`${app.url}/portal/consent`);
    await phone.getByText(/Versie 2, gepubliceerd op/).waitFor();
    await phone.getByText(/Versie 2 van de demo-toestemmingstekst/).waitFor();
    await phone.getByRole('button', { name: 'Versie 2 ondertekenen' }).waitFor();
  });

  it('staff add rooms, allocate beds by hand and by auto-assign; a full bed is refused; the house list prints', async () => {
    const staff = await app.newPage(PHONE);
    await app.signIn(staff, 'owner@demo-retreat.example');

    // The lodging page: two rooms, one of them renamed, a third added and retired.
    await staff.goto(`${app.url}/lodging`);
    await staff.getByRole('heading', { name: 'Lodging', level: 1 }).waitFor();
    const rooms = staff.locator('section', {
      has: staff.getByRole('heading', { name: 'Lodging rooms and beds' }),
    });
    const addRoom = async (name: string, beds: string) => {
      await rooms.getByRole('button', { name: 'Add a room' }).click();
      const form = rooms.getByRole('form', { name: 'Add a room' });
      await form.getByLabel('Room name').fill(name);
      await form.getByLabel('Beds').fill(beds);
      await form.getByRole('button', { name: 'Save room' }).click();
      await rooms.getByRole('rowheader', { name: new RegExp(`^${name}`) }).waitFor();
    };
    await addRoom('Linde', '1');
    await addRoom('Eik', '1, 2');
    await addRoom('Berk', '1');
    await rooms.getByRole('button', { name: 'Change room Eik' }).click();
    const change = rooms.getByRole('form', { name: 'Change room Eik' });
    await change.getByLabel('Room name').fill('Eik (tuin)');
    // Two beds may not share a name: the server's reason shows under the beds.
    await change.getByLabel('Name of bed 2').fill('1');
    await change.getByRole('button', { name: 'Save room' }).click();
    await change.getByText('Repeats bed 1.').waitFor();
    await change.getByLabel('Name of bed 2').fill('2');
    await rooms.getByRole('button', { name: 'Save room' }).click();
    await rooms.getByRole('rowheader', { name: /^Eik \(tuin\)/ }).waitFor();
    await rooms.getByRole('button', { name: 'Change room Berk' }).click();
    await rooms.getByRole('button', { name: 'Retire room Berk' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Retire room' }).click();
    await rooms.getByRole('rowheader', { name: /^Berk/ }).waitFor({ state: 'detached' });
    await app.expectAccessible(staff, 'lodging-rooms-settings');

    // The cohort's nights, then beds.
    await staff.goto(`${app.url}/cohorts/${cohort.id}`);
    const section = staff.locator('section', { has: staff.getByRole('heading', { name: 'Accommodation' }) });
    await section.getByText(/The nights are not set yet/).waitFor();
    await fillDate(section.getByLabel('Arrival date'), cohort.startDate);
    await fillDate(section.getByLabel('Departure date'), plusDays(cohort.startDate, 3));
    await section.getByRole('button', { name: 'Save nights' }).click();
    await section.getByText(/\(3 nights\)$/).waitFor();

    // The guests as the accommodation lists them (given and family name).
    const guests = await apiCall<{ guests: Array<{ client: { id: string; name: string } }> }>(
      staff,
      'GET',
      `/api/cohorts/${cohort.id}/lodging`,
    );
    const guest = (prefix: string) => guests.guests.find((g) => g.client.name.startsWith(prefix))!.client;
    const anna = guest('Anna');
    const chloe = guest('Chlo');
    const bramGuest = guest('Bram');
    // Needs: a diet shows on the page and on the house list.
    await section.getByRole('button', { name: `Needs of ${chloe.name}` }).click();
    await staff.getByRole('dialog').getByLabel('Diet').fill('Vegetarian');
    await staff.getByRole('dialog').getByRole('button', { name: 'Save needs' }).click();
    await section.getByText('Diet: Vegetarian').waitFor();

    // By hand: Anna in Linde, bed 1.
    await section.getByLabel(`Bed for ${anna.name}`).selectOption({ label: 'Linde · bed 1' });
    await expect.poll(() => section.getByLabel(`Bed for ${anna.name}`).inputValue()).not.toBe('');
    // A second guest on that full bed: refused, with the server's reason at the field.
    const bramBed = section.getByLabel(`Bed for ${bramGuest.name}`);
    await bramBed.selectOption({ label: `Linde · bed 1 (taken: ${anna.name})` });
    await section.getByText('Bed 1 in Linde is already allocated.').waitFor();
    expect(await bramBed.getAttribute('aria-invalid')).toBe('true');
    expect(await bramBed.inputValue()).toBe('');
    await app.expectAccessible(staff, 'lodging-bed-refused');

    // Auto-assign places the two guests without a bed in Eik (tuin).
    await section.getByRole('button', { name: 'Auto-assign' }).click();
    await section.getByText('2 guests placed.').waitFor();
    await section.getByText('0 of 3 guests without a bed.').waitFor();
    const lodging = await apiCall<{ guests: Array<{ bedId: string | null }> }>(
      staff,
      'GET',
      `/api/cohorts/${cohort.id}/lodging`,
    );
    const beds = lodging.guests.map((g) => g.bedId);
    expect(beds.every(Boolean)).toBe(true);
    expect(new Set(beds).size).toBe(3);
    await app.expectAccessible(staff, 'lodging-allocated');
    expect(await noSideScroll(staff)).toBeLessThanOrEqual(1);

    // The house list opens in a new tab and prints.
    const [list] = await Promise.all([
      staff.context().waitForEvent('page'),
      section.getByRole('link', { name: 'House list (print)' }).click(),
    ]);
    await list.waitForLoadState();
    await list.getByRole('heading', { name: `House list: ${cohort.name}` }).waitFor();
    await list.getByText('Vegetarian').waitFor();
    await list.getByText(anna.name).waitFor();
    await list.emulateMedia({ media: 'print' });
    await list.screenshot({ path: '.tmp/screenshots/lodging-house-list-print.png', fullPage: true });
    const pdf = await list.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await list.emulateMedia({ media: 'screen' });
    await app.expectAccessible(list, 'lodging-house-list');
  });

  it('staff write the pre-arrival message in Dutch with its schedule and preview', async () => {
    const staff = await app.newPage(PHONE);
    await app.signIn(staff, 'clinician@demo-retreat.example');
    await staff.goto(`${app.url}/cohorts/${cohort.id}`);
    const section = staff.locator('section', { has: staff.getByRole('heading', { name: 'Before arrival' }) });
    await section.getByText('Not written yet').waitFor();
    await section.getByText('Dutch').click();
    await section.getByLabel('Send this many days before the start').fill('10');
    await section.getByText(/^Sent from .* \(the cohort starts .*\)/).waitFor();
    await section.getByLabel('Subject').fill('Uw verblijf');
    await section.getByLabel('What to bring').fill('Warme sokken');
    await section.getByLabel('Arrival time').fill('Tussen 15:00 en 17:00');
    const preview = section.getByRole('region', { name: 'Preview of the message (Dutch)' });
    await preview.getByText(/Beste Alex Example,\s+Wat neemt u mee\s+Warme sokken/).waitFor();
    await section.getByRole('button', { name: 'Save the message (Dutch)' }).click();
    await section.getByText(/^Saved /).waitFor();
    const saved = await apiCall<{ items: Array<{ language: string; daysBefore: number; subject: string }> }>(
      staff,
      'GET',
      `/api/cohorts/${cohort.id}/pre-arrival`,
    );
    expect(saved.items).toMatchObject([{ language: 'nl', daysBefore: 10, subject: 'Uw verblijf' }]);
    await app.expectAccessible(staff, 'lodging-pre-arrival');
  });
});
