import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillDate, SCREENSHOTS, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const newPage = app.newPage;
const signIn = app.signIn;
const expectAccessible = app.expectAccessible;

describe('staff foundation in the browser', () => {
  it('signs in, creates a client, views it, and finds the view in the audit trail', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/`);
    await page.getByLabel('Email', { exact: true }).waitFor();
    await expectAccessible(page, 'sign-in');

    await page.getByLabel('Email', { exact: true }).fill('owner@demo-retreat.example');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText('Email or password is incorrect.').count()).toBeGreaterThan(0);

    await signIn(page, 'owner@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
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
    await fillDate(page.getByLabel('Date of birth'), '1990-04-12');
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
    await page.getByLabel('Email', { exact: true }).fill('marloes@example.org');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { name: 'Marloes Testbrowser', level: 1 }).waitFor({ timeout: 15_000 });
    const clientUrl = page.url();
    const clientId = clientUrl.split('/').pop()!;
    await expectAccessible(page, 'client');

    await page.goto(`${app.url}/audit?entityType=client&entityId=${clientId}`);
    await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await page.getByText('client.view').first().waitFor();
    await page.getByText('client.create').first().waitFor();
    expect(await page.getByText('owner@demo-retreat.example').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'audit');
  });

  it('shows intake staff no clinical notes and no audit trail', async () => {
    const page = await newPage();
    await signIn(page, 'intake@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page
      .getByRole('cell', { name: /de Vries/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Anna de Vries/, level: 1 }).waitFor();
    expect(await page.getByText('Demodossier: een verzonnen cliënt').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Audit trail' }).count()).toBe(0);
  });

  it('works at a phone width', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await signIn(page, 'clinician@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'clients-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'clients-phone');
  });
});
