/**
 * The foundation walked as its users walk it, in Chromium: an owner signs in, creates a client,
 * opens the client, and finds that view in the audit trail; intake never sees clinical notes; a
 * phone-width screen works; axe-core finds no serious or critical violation on these pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type RunningServer,
  SCREENSHOTS,
  seriousA11yViolations,
  startServer,
} from './support.ts';

const PASSWORD = 'threshold-demo';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  // axe-core is injected as an inline script, which the app's Content-Security-Policy rightly forbids.
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

async function signIn(page: Page, email: string) {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.url(), { timeout: 15_000 }).not.toContain('sign-in');
}

async function expectAccessible(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const violations = await seriousA11yViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('staff foundation in the browser', () => {
  it('signs in, creates a client, views it, and finds the view in the audit trail', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Email').waitFor();
    await expectAccessible(page, 'sign-in');

    await page.getByLabel('Email').fill('owner@demo-retreat.example');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText('Email or password is incorrect.').count()).toBeGreaterThan(0);

    await signIn(page, 'owner@demo-retreat.example');
    await page.goto(`${server.url}/clients`);
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await page
      .getByRole('cell', { name: /de Vries/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'clients');

    await page
      .getByRole('button', { name: 'New client' })
      .or(page.getByRole('link', { name: 'New client' }))
      .first()
      .click();
    await page.getByLabel('Given name').fill('Marloes');
    await page.getByLabel('Family name').fill('Testbrowser');
    await page.getByLabel('Date of birth').fill('1990-04-12');
    await page.getByRole('button', { name: 'Save client' }).click();
    // Sex at birth is required: the form says so before anything is saved.
    await expect.poll(() => page.getByText(/sex at birth/i).count()).toBeGreaterThan(1);
    const sex = page.getByLabel('Sex at birth');
    if ((await sex.evaluate((el) => el.tagName)) === 'SELECT') await sex.selectOption('female');
    else {
      await sex.click();
      await page
        .getByRole('option', { name: /female/i })
        .first()
        .click();
    }
    await page.getByLabel('Email').fill('marloes@example.org');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { name: 'Marloes Testbrowser', level: 1 }).waitFor({ timeout: 15_000 });
    const clientUrl = page.url();
    const clientId = clientUrl.split('/').pop()!;
    await expectAccessible(page, 'client');

    await page.goto(`${server.url}/audit?entityType=client&entityId=${clientId}`);
    await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await page.getByText('client.view').first().waitFor();
    await page.getByText('client.create').first().waitFor();
    expect(await page.getByText('owner@demo-retreat.example').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'audit');
  });

  it('shows intake staff no clinical notes and no audit trail', async () => {
    const page = await newPage();
    await signIn(page, 'intake@demo-retreat.example');
    await page.goto(`${server.url}/clients`);
    await page
      .getByRole('cell', { name: /de Vries/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Anna de Vries/, level: 1 }).waitFor();
    expect(await page.getByText('Demo record: a fictional client').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Audit trail' }).count()).toBe(0);
  });

  it('works at a phone width', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await signIn(page, 'clinician@demo-retreat.example');
    await page.goto(`${server.url}/clients`);
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'clients-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'clients-phone');
  });
});
