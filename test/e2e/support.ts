/**
 * Browser-test support: a real Threshold server in a child process (bin/threshold.js: the compiled
 * dist/ that `npm run test:e2e` builds, or the sources when dist/ is older; fresh SQLite database, demo
 * data, a free port) and Debian's Chromium driven by playwright-core. Never downloads a browser.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningServer {
  url: string;
  /** The server's SQLite file, for a test that seeds what no screen makes. */
  databaseFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the compiled server of the checkout at `root` with demo data; `env` adds to (or
 * overrides) its settings.
 */
export async function startServer(env: Record<string, string> = {}, root = ROOT): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, 'dist/web/index.html'))) {
    throw new Error(
      'dist/web is missing: run the browser tests with `npm run test:e2e`, which builds the web app and the server first',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'bin/threshold.js'), 'serve', '--demo'],
    {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'e2e.sqlite')}`,
        LOG_LEVEL: 'warn',
        // Invitations are opened and sent within seconds of falling due.
        SCHEDULER_SECONDS: '2',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/$/, ''));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    databaseFile: path.join(dir, 'e2e.sqlite'),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page and returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const SCREENSHOTS = path.join(ROOT, '.tmp/screenshots');

export const DEMO_PASSWORD = 'threshold-demo';

/** The sign-in page's labels in each language. */
const SIGN_IN = {
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
  nl: { email: 'E-mailadres', password: 'Wachtwoord', submit: 'Inloggen' },
} as const;

export interface BrowserApp {
  /** The server's base URL (set once beforeAll has run). */
  readonly url: string;
  /** The server's SQLite file (set once beforeAll has run). */
  readonly databaseFile: string;
  /**
   * A fresh browser context. The demo organization is Dutch (nl-NL): pages start in English (the
   * device choice the language switcher stores) unless `language` says otherwise; null leaves the
   * choice unset, so the organization's locale decides. `locale` is the browser's (e.g. a Dutch phone).
   */
  newPage(
    viewport?: { width: number; height: number },
    options?: { language?: 'en' | 'nl' | null; timezoneId?: string; locale?: string },
  ): Promise<Page>;
  signIn(page: Page, email: string, language?: 'en' | 'nl'): Promise<void>;
  /** A fresh page in `language` (English unless told), signed in as `email` with the demo password. */
  staffPage(
    email: string,
    options?: { viewport?: { width: number; height: number }; language?: 'en' | 'nl' },
  ): Promise<Page>;
  /** Takes a screenshot into SCREENSHOTS and asserts axe-core finds no serious or critical violation. */
  /** `show`: the part of the page the guide's picture is scrolled to (else the top). */
  expectAccessible(page: Page, name: string, show?: Locator): Promise<void>;
}

export interface BrowserAppOptions {
  /** Settings for the server, asked for when it starts (after the file's earlier beforeAll hooks). */
  env?: () => Promise<Record<string, string>> | Record<string, string>;
}

/** Registers beforeAll/afterAll that start a server with demo data and Chromium, and stop them. */
export function setupBrowserApp(options: BrowserAppOptions = {}): BrowserApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer((await options.env?.()) ?? {});
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const app: BrowserApp = {
    get url() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.url;
    },
    get databaseFile() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.databaseFile;
    },
    async newPage(
      viewport = { width: 1280, height: 900 },
      {
        language = 'en',
        timezoneId,
        locale,
      }: { language?: 'en' | 'nl' | null; timezoneId?: string; locale?: string } = {},
    ) {
      // axe-core is injected as an inline script, which the app's Content-Security-Policy rightly forbids.
      const context = await browser!.newContext({
        viewport,
        bypassCSP: true,
        ...(timezoneId ? { timezoneId } : {}),
        ...(locale ? { locale } : {}),
      });
      if (language) {
        await context.addInitScript((lng) => {
          if (!localStorage.getItem('threshold.language')) localStorage.setItem('threshold.language', lng);
        }, language);
      }
      const page = await context.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      return page;
    },
    async signIn(page, email, language = 'en') {
      const labels = SIGN_IN[language];
      await page.goto(`${app.url}/`);
      await page.getByLabel(labels.email).fill(email);
      await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: labels.submit }).click();
      await expect.poll(() => page.url(), { timeout: 15_000 }).not.toContain('sign-in');
    },
    async staffPage(email, { viewport, language = 'en' } = {}) {
      const page = await app.newPage(viewport, { language });
      await app.signIn(page, email, language);
      return page;
    },
    async expectAccessible(page, name, show) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
      // scripts/user-guide-screenshots.ts: what the person sees first, the screen as it is.
      const guide = process.env.THRESHOLD_GUIDE_IMAGES;
      if (guide) {
        await show?.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(guide, `${name}.png`) });
      }
      const violations = await seriousA11yViolations(page);
      expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    },
  };
  return app;
}

/** Calls the API from inside a signed-in page (its session cookie and CSRF token); throws on a status ≥ 300. */
export async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await apiRequest<string>(page, method, path, body, 'text');
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${res.json}`);
  return JSON.parse(res.json) as T;
}

/** Calls the API from inside a signed-in page and returns the status with the parsed body, whatever the status. */
export function apiRequest<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  as: 'json' | 'text' = 'json',
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body, as }) => {
      const session = await (await fetch('/api/session')).json();
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: as === 'json' ? await response.json() : await response.text() };
    },
    { method, path, body, as },
  ) as Promise<{ status: number; json: T }>;
}

/** The date `n` days from today, 'YYYY-MM-DD' (UTC). */
export const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** How far the page scrolls sideways (0 when it fits the viewport). */
export const noSideScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Types a date ('YYYY-MM-DD') or a date and time ('YYYY-MM-DDTHH:mm', a wall-clock time in the
 * organization's zone) into a date field as a person would: in the format the field shows
 * (src/web/ui/dates: "14-05-2026 10:00" for a Dutch organization, "05/14/2026 10:00 AM" for en-US),
 * then Tab to the next field. A native date input (the public application form) gets the ISO value.
 */
export async function fillDate(field: Locator, value: string): Promise<void> {
  const format = await field.getAttribute('data-format');
  if (!format) {
    await field.fill(value);
    return;
  }
  await field.fill('');
  await field.pressSequentially(asTyped(value, format));
  await field.press('Tab');
}

/** 'YYYY-MM-DD[THH:mm]' written in a dayjs format (DD, MM, YYYY, HH, h, mm, A). */
function asTyped(value: string, format: string): string {
  const [y, mo, d, h, mi] = [
    value.slice(0, 4),
    value.slice(5, 7),
    value.slice(8, 10),
    value.slice(11, 13),
    value.slice(14, 16),
  ];
  const hour = Number(h);
  const tokens: Record<string, string> = {
    YYYY: y,
    MM: mo,
    DD: d,
    HH: h,
    h: String(hour % 12 || 12),
    mm: mi,
    A: hour < 12 ? 'AM' : 'PM',
  };
  return format.replace(/YYYY|MM|DD|HH|h|mm|A/g, (token) => tokens[token] ?? token);
}
