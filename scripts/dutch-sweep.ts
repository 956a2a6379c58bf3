import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seedHomeDose } from '../test/e2e/home-dose.ts';
import { startServer } from '../test/e2e/support.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Where the built server is: this checkout, or THRESHOLD_SWEEP_ROOT (a copy of bin/ and dist/ kept to compare). */
const SERVER_ROOT = process.env.THRESHOLD_SWEEP_ROOT ?? ROOT;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'threshold-demo';
const ZONE = 'Europe/Amsterdam';
const ORG_SLUG = 'demo-retreat-centre';
const ROLES = ['owner', 'clinician', 'facilitator', 'intake', 'researcher'] as const;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

/**
 * Common English UI words that are not also Dutch words (so not "of", "in", "is", "was", "we",
 * "open", "week", "status", "details", "export", "doses", "room", "offer", "last", "past", "help",
 * "record", "studies").
 */
export const ENGLISH_WORDS = `
the and to with not for from your you this that these those have has were will would should could
can cannot can't don't doesn't isn't won't are be being by at on or if it its it's no yes all any
none nothing something new add added edit delete deleted remove removed save saved cancel cancelled
close closed back next previous search show hide more less loading error errors sign signed settings
date dates today tomorrow yesterday month months year years day days hour hours minute minutes
client clients session sessions recorded program programs enrollment enrollments
enrolled enroll dose dosing alerts outcome outcomes evidence study questionnaire
questionnaires response responses answer answers answered name names email phone address member
members role roles owner clinician facilitator researcher rooms lodging payment payments paid due
overdue pending approved rejected declined accepted completed complete view summary note notes
message messages sent send draft published file files preview call what when where who which how why
here there about after before between into only also each every other than then their they them our
us went wrong please required optional applications application applicant applicants cohorts
waitlist beds nights night diet weeks trail issue issued language languages translation translations
installed change changes reliable better worse cleared hold blocked limit above below out off up may
must shared share exported imported upcoming previous first opened unknown confirm confirmed reason
reasons today's left right
`
  .trim()
  .split(/\s+/);

const MONTHS_AND_DAYS =
  /\b(January|February|March|April|June|July|August|October|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat)\b/;
const PATTERNS: Array<[string, RegExp]> = [
  ['AM/PM', /\d\s?(AM|PM|a\.m\.|p\.m\.)(?![\p{L}])/u],
  ['MM/DD date', /\b(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/\d{2,4}\b/],
  ['ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['UTC', /\bUTC\b/],
  ['month/day name', MONTHS_AND_DAYS],
];
const WORD = new RegExp(
  `(?<![\\p{L}\\d'’-])(${ENGLISH_WORDS.map((w) => w.replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\d'’-])`,
  'giu',
);

/**
 * What is not words on a screen: email addresses, the demo staff's names ("Olivia Owner (demo)"),
 * the audit trail's codes ("client.list") and its JSON details.
 */
const NOT_WORDS = [/\S+@\S+/g, /\b[A-Z]\w+ [A-Z]\w+ \(demo\)/g, /\b[a-z-]+(\.[a-z-]+)+\b/g, /\{.*\}/g];

/** What a line gives away: the English words it holds and the patterns it matches. */
export function englishIn(text: string): string[] {
  const line = NOT_WORDS.reduce((l, re) => l.replace(re, ' '), text);
  const hits = new Set<string>();
  for (const m of line.matchAll(WORD)) hits.add(m[1]!.toLowerCase());
  for (const [name, re] of PATTERNS) if (re.test(line)) hits.add(name);
  return [...hits];
}

// ---------------------------------------------------------------------------------------------

/** A Dutch browser: nl-NL, the demo centre's zone, no language chosen in the app. */
async function dutchContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nl-NL', timezoneId: ZONE, bypassCSP: true });
}

/** Waits until the page has loaded its data: no network for a moment and no loader on screen. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 4000 }).catch(() => {});
  await page
    .waitForFunction(
      () =>
        !document.querySelector('.mantine-Loader-root, [aria-busy="true"]') &&
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text
        document.body.innerText.trim().length > 0,
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => {});
  await page.waitForTimeout(250);
}

/** The page's visible text (details opened) and the labels a screen reader reads. */
async function wordsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees
    return [...document.body.innerText.split('\n'), ...labels, ...options, document.title]
      .map((l) => l.trim())
      .filter(Boolean);
  });
}

/** route pattern → offending line → { hits, roles } */
type Findings = Map<string, Map<string, { hits: string[]; who: Set<string> }>>;
const findings: Findings = new Map();
const visited = new Set<string>();

function record(route: string, who: string, lines: string[]): void {
  visited.add(route);
  const byLine = findings.get(route) ?? new Map();
  findings.set(route, byLine);
  for (const line of lines) {
    const hits = englishIn(line);
    if (!hits.length) continue;
    const key = line.length > 200 ? `${line.slice(0, 200)}…` : line;
    const entry = byLine.get(key) ?? { hits, who: new Set<string>() };
    entry.who.add(who);
    byLine.set(key, entry);
  }
}

/** The paths of the page's links, in order. */
const linksOn = (page: Page): Promise<string[]> =>
  page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split(/[?#]/)[0]!))
    .catch(() => []);

/** Reads the page, then each of its tabs in turn; returns the links seen on any of them. */
async function sweep(page: Page, route: string, who: string): Promise<string[]> {
  await settle(page);
  record(route, who, await wordsOn(page));
  const links = await linksOn(page);
  const tabs = page.locator('[role="tab"]:not([aria-selected="true"]):not([disabled])');
  const count = Math.min(await tabs.count(), 12);
  for (let i = 0; i < count; i++) {
    const tab = page.locator('[role="tab"]').nth(i);
    if (!(await tab.isVisible().catch(() => false))) continue;
    await tab.click({ timeout: 3000 }).catch(() => {});
    await settle(page);
    record(route, who, await wordsOn(page));
    links.push(...(await linksOn(page)));
  }
  return links;
}

async function visit(page: Page, url: string, route: string, who: string): Promise<string[]> {
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    return await sweep(page, route, who);
  } catch (e) {
    console.error(`${route} (${who}): ${(e as Error).message.split('\n')[0]}`);
    return [];
  }
}

/** The first link on the page whose path matches `re`. */
async function firstLink(page: Page, re: RegExp): Promise<string | undefined> {
  return (await linksOn(page)).find((h) => re.test(h));
}

async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(/^(E-mailadres|Email)/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)/).fill(PASSWORD);
  await page.getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.includes('sign-in'), { timeout: 20_000 });
}

async function api<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = await (await fetch('/api/session')).json();
      const r = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status}: ${await r.text()}`);
      return r.status === 204 ? null : r.json();
    },
    { method, url, body },
  ) as Promise<T>;
}

/** The static staff routes of src/web/app/router.tsx. */
const STATIC_ROUTES = [
  '/',
  '/clients',
  '/clients/new',
  '/clients/import',
  '/clients/import-questionnaires',
  '/instruments',
  '/instruments/translations',
  '/evidence',
  '/evidence/import',
  '/meta',
  '/audit',
  '/members',
  '/organization',
  '/today',
  '/calendar',
  '/programs',
  '/programs/new',
  '/programs/new/blank',
  '/outcomes',
  '/cohorts',
  '/cohorts/new',
  '/applications',
  '/rooms',
  '/lodging',
  '/lots',
  '/alerts',
  '/outbox',
  '/account',
  '/no-such-page',
];

/**
 * Detail routes, in order: each opens the first link to it seen on the pages swept before (their
 * tabs included); up to `tries` of them until one leads to `until` (a session with a dose to record).
 */
const DETAILS: Array<{ route: string; link: RegExp; tries?: number; until?: RegExp }> = [
  { route: '/clients/:id', link: /^\/clients\/[0-9a-f-]{36}$/, tries: 6, until: /\/screening$/ },
  { route: '/instruments/:id', link: /^\/instruments\/(?!translations$)[\w-]+$/ },
  { route: '/evidence/:id', link: /^\/evidence\/(?!import$)[\w-]+$/ },
  { route: '/programs/:id', link: /^\/programs\/[0-9a-f-]{36}$/ },
  { route: '/programs/:id/outcomes', link: /^\/programs\/[0-9a-f-]{36}\/outcomes$/ },
  { route: '/cohorts/:id', link: /^\/cohorts\/[0-9a-f-]{36}$/ },
  { route: '/sessions/:id', link: /^\/sessions\/[0-9a-f-]{36}$/, tries: 8, until: /\/record-dosing\// },
  {
    route: '/sessions/:id/record-dosing/:enrollmentId',
    link: /^\/sessions\/[0-9a-f-]{36}\/record-dosing\/[0-9a-f-]{36}$/,
  },
  { route: '/dosing-records/:id', link: /^\/dosing-records\/[0-9a-f-]{36}$/ },
  { route: '/enrollments/:id/screening', link: /^\/enrollments\/[0-9a-f-]{36}\/screening$/ },
  { route: '/applications/:id', link: /^\/applications\/[0-9a-f-]{36}$/ },
];

async function sweepStaff(browser: Browser, base: string, role: (typeof ROLES)[number]): Promise<void> {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error (${role}): ${e.message}`));
  await signIn(page, base, `${role}@demo-retreat.example`);
  const seen: string[] = [];
  for (const route of STATIC_ROUTES) {
    seen.push(...(await visit(page, `${base}${route}`, route === '/no-such-page' ? '*' : route, role)));
  }
  for (const d of DETAILS) {
    const hrefs = [...new Set(seen.filter((h) => d.link.test(h)))].slice(0, d.tries ?? 1);
    if (!hrefs.length) console.error(`${d.route} (${role}): no link to it on the pages swept`);
    for (const href of hrefs) {
      seen.push(...(await visit(page, `${base}${href}`, d.route, role)));
      if (d.route === '/clients/:id') {
        // "Enter questionnaire" is a button, not a link.
        const form = `${href}/questionnaires/new`;
        await visit(page, `${base}${form}`, '/clients/:id/questionnaires/new', role);
      }
      if (!d.until || seen.some((h) => d.until!.test(h))) break;
    }
  }
  await context.close();
}

/** An application from a Dutch applicant, so the front office's queue has one to open. */
async function seedApplication(browser: Browser, base: string): Promise<void> {
  const context = await dutchContext(browser, PHONE);
  const page = await context.newPage();
  await page.goto(`${base}/apply/${ORG_SLUG}`);
  const status = await page.evaluate(async (slug) => {
    const api = `/api/public/organizations/${slug}`;
    const offerings = await (await fetch(`${api}/offerings`)).json();
    const cohortId = offerings.items[0]?.cohortId;
    if (!cohortId) return 'no retreat open for applications';
    const form = await (await fetch(`${api}/offerings/${cohortId}/form?language=nl`)).json();
    const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
    const r = await fetch(`${api}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        cohortId,
        givenName: 'Sanne',
        familyName: 'Veeg',
        email: 'sanne.veeg@client.example',
        dateOfBirth: '1988-03-14',
        language: 'nl',
        answers: Object.fromEntries(form.questions.map((q: { id: string }) => [q.id, 'no'])),
      }),
    });
    return r.status === 201 ? 'ok' : `${r.status}: ${await r.text()}`;
  }, ORG_SLUG);
  if (status !== 'ok') console.error(`no application: ${status}`);
  await context.close();
}

async function sweepPortal(browser: Browser, base: string, databaseFile: string): Promise<void> {
  const staffContext = await dutchContext(browser);
  const staff = await staffContext.newPage();
  await signIn(staff, base, 'owner@demo-retreat.example');
  type Message = { to: string; body: string; kind: string };
  const outbox = async () => (await api<{ items: Message[] }>(staff, 'GET', '/api/outbox?limit=500')).items;

  const context = await dutchContext(browser, PHONE);
  const phone = await context.newPage();
  phone.on('pageerror', (e) => console.error(`page error (portal): ${e.message}`));

  // The public pages: the centre's retreats and the first one's application form.
  await visit(phone, `${base}/apply/${ORG_SLUG}`, '/apply/:orgSlug', 'public');
  const form = await firstLink(phone, new RegExp(`^/apply/${ORG_SLUG}/[0-9a-f-]{36}$`));
  if (form) await visit(phone, `${base}${form}`, '/apply/:orgSlug/:cohortId', 'public');
  else console.error('/apply/:orgSlug/:cohortId: no retreat open for applications');
  await visit(phone, `${base}/offer/${'x'.repeat(43)}`, '/offer/:token (unknown)', 'public');
  await visit(phone, `${base}/checkin/${'x'.repeat(43)}`, '/checkin/:token (unknown)', 'public');
  await visit(phone, `${base}/p/${'x'.repeat(43)}`, '/p/:token (unknown)', 'client');

  // A questionnaire link from the outbox: the intro, then the first question.
  let invitation: RegExpExecArray | null = null;
  for (let i = 0; i < 30 && !invitation; i++) {
    invitation = (await outbox()).map((m) => /\/p\/[A-Za-z0-9_-]+/.exec(m.body)).find((m) => m) ?? null;
    if (!invitation) await staff.waitForTimeout(1000);
  }
  if (invitation) {
    await visit(phone, `${base}${invitation[0]}`, '/p/:token', 'client');
    const start = phone.getByRole('button', { name: /^(Beginnen|Verdergaan|Start|Continue)$/ });
    if (await start.isVisible().catch(() => false)) {
      await start.click();
      await sweep(phone, '/p/:token (question)', 'client');
    }
  } else console.error('/p/:token: no questionnaire link in the outbox');

  // Her own page by an emailed sign-in link. The demo's clients without a language read English
  // (the client's own choice); here every client has chosen Dutch.
  const db = new Database(databaseFile);
  db.prepare("update clients set language = 'nl'").run();
  db.close();
  const email = 'anna.devries@demo-client.example';
  await visit(phone, `${base}/portal`, '/portal (signed out)', 'client');
  await phone.evaluate(async (email) => {
    const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
    await fetch('/api/portal/sign-in-link', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ email }),
    });
  }, email);
  let link: RegExpExecArray | null = null;
  for (let i = 0; i < 30 && !link; i++) {
    link =
      (await outbox())
        .filter((m) => m.to === email)
        .map((m) => /\/portal\/sign-in\/[A-Za-z0-9_-]+/.exec(m.body))
        .find((m) => m) ?? null;
    if (!link) await staff.waitForTimeout(1000);
  }
  if (link) {
    await phone.goto(`${base}${link[0]}`);
    await phone.waitForURL((u) => u.pathname === '/portal', { timeout: 20_000 }).catch(() => {});
    await sweep(phone, '/portal', 'client');
    await visit(phone, `${base}/portal/consent`, '/portal/consent', 'client');
    const consent = await firstLink(phone, /^\/portal\/consent\/[0-9a-f-]{36}$/);
    if (consent) await visit(phone, `${base}${consent}`, '/portal/consent/:enrollmentId', 'client');
  } else console.error('/portal: no sign-in link in the outbox');

  // The support person's check-in link: a dose at home taken half an hour ago (as test/e2e/at-home).
  try {
    const id = seedHomeDose(databaseFile);
    const made = await api<{ url: string }>(staff, 'POST', `/api/dosing-records/${id}/support-link`, {});
    await visit(phone, `${base}${new URL(made.url).pathname}`, '/checkin/:token', 'support person');
  } catch (e) {
    console.error(`/checkin/:token: ${(e as Error).message}`);
  }
  await context.close();
  await staffContext.close();
}

function report(): number {
  let total = 0;
  const routes = [...findings.keys()].sort();
  for (const route of routes) {
    const lines = findings.get(route)!;
    if (!lines.size) continue;
    console.log(`\n${route}`);
    for (const [line, { hits, who }] of lines) {
      total++;
      console.log(`  ${JSON.stringify(line)}  [${hits.join(', ')}] (${[...who].join(', ')})`);
    }
  }
  const clean = [...visited].filter((r) => !findings.get(r)?.size);
  console.log(`\nScreens without English: ${clean.sort().join(', ') || 'none'}`);
  console.log(`Swept ${visited.size} routes; ${total} lines with English.`);
  return total;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const server = await startServer({ SIGN_IN_PER_MINUTE: '1000' }, SERVER_ROOT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    console.error(`server at ${server.url}`);
    await seedApplication(browser, server.url);
    const rolesAt = args.indexOf('--roles');
    const roles = rolesAt >= 0 ? ROLES.filter((r) => args[rolesAt + 1]?.split(',').includes(r)) : ROLES;
    for (const role of roles) {
      console.error(`sweeping as ${role}…`);
      await sweepStaff(browser, server.url, role);
    }
    if (!args.includes('--no-portal')) {
      console.error('sweeping the portal…');
      await sweepPortal(browser, server.url, server.databaseFile);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  report();
  if (jsonAt >= 0) {
    const out = Object.fromEntries(
      [...findings].map(([route, lines]) => [
        route,
        Object.fromEntries([...lines].map(([l, v]) => [l, { hits: v.hits, who: [...v.who] }])),
      ]),
    );
    fs.writeFileSync(args[jsonAt + 1]!, JSON.stringify(out, null, 2));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
