/**
 * Issue 16's public pages in the browser, on a 360 px phone: a Dutch applicant finds the demo
 * retreat centre's published retreat, applies with one field wrong (shown at its field, in Dutch),
 * fixes it, gives the health and medication self-report and sends; a clinician's decision makes an
 * offer, whose emailed link shows the hold deadline in the centre's zone and is accepted. An
 * English applicant does the same in English. Every screen is checked with axe and photographed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillDate, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const PHONE = { width: 360, height: 780 };
const ORG = 'demo-retreat-centre';

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
  return JSON.parse(res.text) as T;
}

/** Nothing on the page is wider than the phone. */
async function expectNoSideScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

/** The form token must be a few seconds old (the spam trap): wait until it is. */
async function waitForFormAge(page: Page, since: number) {
  const wait = 3_500 - (Date.now() - since);
  if (wait > 0) await page.waitForTimeout(wait);
}

async function answerEvery(page: Page, answer: string) {
  const radios = page.getByRole('radio', { name: answer, exact: true });
  const n = await radios.count();
  expect(n).toBeGreaterThan(3);
  for (let i = 0; i < n; i++) await radios.nth(i).check();
}

interface QueueItem {
  id: string;
  client: { name: string };
  version: number;
  offer: { id: string } | null;
}

describe('the public application of a retreat centre', () => {
  it('a Dutch applicant applies on a phone, fixes a wrong field, and accepts the offer', async () => {
    const page = await app.newPage(PHONE, {
      language: null,
      locale: 'nl-NL',
      timezoneId: 'America/New_York',
    });
    await page.goto(`${app.url}/apply/${ORG}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Retreats bij Demo Retreat Centre');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    const card = page.getByRole('article');
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toMatch(/€\s?1\.850,00/);
    expect(await card.textContent()).toMatch(/Nog 9 plekken vrij/);
    await expectNoSideScroll(page);
    await app.expectAccessible(page, 'apply-nl-360-1-retreats');

    await page.getByRole('link', { name: /^Aanmelden voor / }).click();
    await page.getByLabel('Voornaam').waitFor();
    const formShown = Date.now();
    await page.getByLabel('Voornaam').fill('Lotte');
    await page.getByLabel('Achternaam').fill('Aanmelder (test)');
    await page.getByLabel('E-mailadres').fill('lotte.aanmelder@');
    await fillDate(page.getByLabel('Geboortedatum'), '1986-04-17');
    await page.getByRole('button', { name: 'Volgende' }).click();
    const emailError = 'Vul een e-mailadres in zoals naam@voorbeeld.nl.';
    await page.getByText('Verbeter 1 punt voordat u verdergaat:').waitFor();
    // The message sits at the field (tied to it) and in the summary above the section.
    expect(await page.getByText(emailError).count()).toBe(2);
    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expectNoSideScroll(page);
    await app.expectAccessible(page, 'apply-nl-360-2-error');

    await email.fill('lotte.aanmelder@example.org');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Uw gezondheid' }).waitFor();
    // Next without answers: every question says so at once.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText(/^Verbeter \d+ punten voordat u verdergaat:$/).waitFor();
    await answerEvery(page, 'Nee');
    // Each answer takes its message away.
    expect(await page.getByText(/^Verbeter/).count()).toBe(0);
    await app.expectAccessible(page, 'apply-nl-360-3-health');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Uw medicijnen' }).waitFor();
    expect(await page.getByText('Verbeter', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Medicijn toevoegen' }).click();
    await page.getByLabel('Medicijn 1: naam').fill('Omeprazol');
    await page.getByLabel('Dosis (niet verplicht)').fill('20 mg');
    await app.expectAccessible(page, 'apply-nl-360-4-medicines');
    await waitForFormAge(page, formShown);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { name: 'Dank u wel, we hebben uw aanmelding ontvangen' }).waitFor();
    expect(await page.getByText('lotte.aanmelder@example.org', { exact: false }).count()).toBe(1);
    await expectNoSideScroll(page);
    await app.expectAccessible(page, 'apply-nl-360-5-received');

    // The clinician finds the application, as the applicant reported it, and finds her eligible.
    const staff = await app.newPage();
    await app.signIn(staff, 'clinician@demo-retreat.example');
    const queue = await apiCall<{ items: QueueItem[] }>(staff, 'GET', '/api/applications');
    const mine = queue.items.find((a) => a.client.name.includes('Lotte'));
    expect(mine).toBeDefined();
    const decided = await apiCall<QueueItem>(staff, 'POST', `/api/applications/${mine!.id}/decision`, {
      decision: 'eligible',
      reasons: ['Self-report and intake call reviewed (browser test).'],
      version: mine!.version,
    });
    expect(decided.offer).not.toBeNull();
    const outbox = await apiCall<{ body: string }[] | { items: { body: string }[] }>(
      staff,
      'GET',
      '/api/outbox',
    );
    const mails = Array.isArray(outbox) ? outbox : outbox.items;
    const link = mails.map((m) => /\/apply\/offer#([\w-]+)/.exec(m.body)).find((m) => m);
    expect(link).toBeTruthy();

    // The emailed link: the deadline in the centre's zone, named (the phone is in New York).
    await page.goto(`${app.url}/apply/offer#${link![1]}`);
    await page.getByRole('button', { name: 'Plek aannemen' }).waitFor({ timeout: 15_000 });
    expect(await page.getByText(/We houden deze plek voor u vast tot .+ \(Midden-Europese/).count()).toBe(1);
    await expectNoSideScroll(page);
    await app.expectAccessible(page, 'apply-nl-360-6-offer');
    await page.getByRole('button', { name: 'Plek aannemen' }).click();
    await page.getByRole('heading', { name: 'U hebt uw plek aangenomen' }).waitFor();
    await app.expectAccessible(page, 'apply-nl-360-7-accepted');
  });

  it('an English applicant applies in English, switching languages on the way', async () => {
    const page = await app.newPage(PHONE, { language: null, locale: 'en-GB' });
    await page.goto(`${app.url}/apply/${ORG}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Retreats at Demo Retreat Centre');
    expect(await page.getByRole('article').textContent()).toMatch(/€1,850\.00/);
    await app.expectAccessible(page, 'apply-en-360-1-retreats');
    await page.getByText('Nederlands', { exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Retreats bij Demo Retreat Centre');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('link', { name: /^Apply for / }).click();
    await page.getByLabel('First name').waitFor();
    const formShown = Date.now();
    await page.getByLabel('First name').fill('Sam');
    await page.getByLabel('Last name').fill('Applicant (test)');
    await page.getByLabel('Email address').fill('sam.applicant@example.org');
    const tooYoung = new Date(Date.now() - 10 * 365 * 86_400_000).toISOString().slice(0, 10);
    await fillDate(page.getByLabel('Date of birth'), tooYoung);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('You must be 18 or older to apply.').first().waitFor();
    await app.expectAccessible(page, 'apply-en-360-2-error');
    await fillDate(page.getByLabel('Date of birth'), '1979-11-30');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Your health' }).waitFor();
    await answerEvery(page, 'No');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Your medicines' }).waitFor();
    await waitForFormAge(page, formShown);
    await page.getByRole('button', { name: 'Send my application' }).click();
    await page.getByRole('heading', { name: 'Thank you, we received your application' }).waitFor();
    await expectNoSideScroll(page);
    await app.expectAccessible(page, 'apply-en-360-3-received');
  });

  it('an accepted offer takes the deposit by bank transfer (the payments contract, stood in here)', async () => {
    // The payment server side is built apart: the test answers as its contract says it will.
    const token = 'contract-test-token-0123456789abcdef';
    const accepted = {
      status: 'accepted',
      expiresAt: '2026-12-20T22:59:00.000Z',
      organization: 'Demo Retreat Centre',
      programName: 'Psilocybine-retreat',
      startDate: '2027-01-07',
      endDate: '2027-01-10',
      location: 'Demo Retreat Centre',
      price: { amount: 185_000, currency: 'EUR', deposit: 50_000 },
      timeZone: 'Europe/Amsterdam',
      language: 'nl',
      paymentMethods: ['mollie', 'bank_transfer'],
      payment: { status: 'open', amountDue: { amount: 50_000, currency: 'EUR' } },
    };
    const page = await app.newPage(PHONE, { language: null, locale: 'nl-NL' });
    let asked: unknown = null;
    await page.route(`**/api/public/offers/${token}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(accepted) }),
    );
    await page.route(`**/api/public/offers/${token}/payments`, (route) => {
      asked = route.request().postDataJSON();
      return route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({
          paymentId: '00000000-0000-4000-8000-000000000001',
          status: 'open',
          checkoutUrl: null,
          bankTransfer: {
            iban: 'NL91ABNA0417164300',
            accountName: 'Demo Retreat Centre',
            reference: 'TH-2026-0001',
            amount: 50_000,
            currency: 'EUR',
          },
        }),
      });
    });
    await page.goto(`${app.url}/offer/${token}`);
    await page.getByRole('heading', { name: 'Aanbetaling betalen' }).waitFor({ timeout: 15_000 });
    expect(await page.getByText(/Te betalen: €\s?500,00/).count()).toBe(1);
    await app.expectAccessible(page, 'apply-nl-360-8-deposit');
    await page.getByRole('radio', { name: 'Bankoverschrijving' }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { name: 'Aanbetaling overmaken' }).waitFor();
    expect(asked).toEqual({ method: 'bank_transfer' });
    expect(await page.getByText('NL91ABNA0417164300').count()).toBe(1);
    expect(await page.getByText('TH-2026-0001').count()).toBe(1);
    await expectNoSideScroll(page);
    await app.expectAccessible(page, 'apply-nl-360-9-bank-transfer');
  });

  it('a full retreat offers its waitlist, a full waitlist says so, and no retreats is said plainly', async () => {
    const page = await app.newPage(PHONE, { language: 'en' });
    // The demo retreat as full (its waitlist open, then full too), then none at all.
    let view: 'waitlist' | 'closed' | 'empty' = 'waitlist';
    await page.route(`**/api/public/organizations/${ORG}/offerings`, async (route) => {
      const real = await (await route.fetch()).json();
      const items =
        view === 'empty'
          ? []
          : real.items.map((i: object) => ({ ...i, placesLeft: 0, waitlist: view === 'waitlist' }));
      return route.fulfill({ json: { ...real, items } });
    });
    await page.goto(`${app.url}/apply/${ORG}`);
    const join = page.getByRole('link', { name: /^Join the waitlist for / });
    await join.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('article').textContent()).toMatch(
      /Full.*This retreat is full\. Apply to join/,
    );
    await app.expectAccessible(page, 'apply-en-360-waitlist');
    await join.click();
    await page.getByRole('heading', { level: 1, name: /^Join the waitlist: / }).waitFor();
    await page.getByLabel('First name').waitFor();

    view = 'closed';
    await page.goto(`${app.url}/apply/${ORG}`);
    await page.getByText('This retreat is full and so is its waitlist.').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('link', { name: /^(Apply for|Join the waitlist for) / }).count()).toBe(0);

    view = 'empty';
    await page.goto(`${app.url}/apply/${ORG}`);
    await page.getByText('No retreats open right now').waitFor({ timeout: 15_000 });
    await expectNoSideScroll(page);
    await app.expectAccessible(page, 'apply-en-360-empty');
  });

  it('an unknown organization and an unknown offer link say so plainly', async () => {
    const page = await app.newPage(PHONE, { language: 'en' });
    await page.goto(`${app.url}/apply/no-such-centre`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor({ timeout: 15_000 });
    await page.goto(`${app.url}/offer/${'x'.repeat(43)}`);
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor({ timeout: 15_000 });
    await app.expectAccessible(page, 'apply-en-360-offer-unknown');
  });
});
