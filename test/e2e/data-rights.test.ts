/**
 * Data subject rights in the browser: the owner downloads a client's export (one ZIP with JSON,
 * FHIR and the summary), records an erasure request for a client who was never treated (erased at
 * once, back to the client list), and sees the request and what it removed in Organization
 * settings — wide and 360 px wide, checked with axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unzip } from '../support/unzip.ts';
import { apiRequest, SCREENSHOTS, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

/** Sends Escape until no dialog is open (Mantine closes one layer per press). */
async function noDialog(page: Page) {
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
}

describe('data subject rights in the browser', () => {
  it('the owner exports one client and erases another', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'owner@demo-retreat.example');

    // Export: a demo client's page, the Export data button, a real download.
    const list = await apiRequest<{ items: Array<{ id: string; givenName: string; familyName: string }> }>(
      page,
      'GET',
      '/api/clients?limit=1',
    );
    const demo = list.json.items[0]!;
    await page.goto(`${app.url}/clients/${demo.id}`);
    await page.getByRole('heading', { name: `${demo.givenName} ${demo.familyName}`, level: 1 }).waitFor();
    await app.expectAccessible(page, 'data-rights-client');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^client-.+\.zip$/);
    const file = path.join(SCREENSHOTS, '..', 'e2e-export.zip');
    await download.saveAs(file);
    const files = unzip(fs.readFileSync(file));
    expect([...files.keys()].sort()).toEqual(['client.json', 'fhir/bundle.json', 'summary.html']);
    expect(JSON.parse(files.get('client.json')!.toString('utf8')).client.id).toBe(demo.id);
    fs.rmSync(file);

    // Erasure: a client who was never treated is erased as soon as the request is recorded.
    const created = await apiRequest<{ id: string }>(page, 'POST', '/api/clients', {
      givenName: 'Erik',
      familyName: 'Wisbaar',
      dateOfBirth: '1977-02-03',
      sexAtBirth: 'male',
      email: 'erik.wisbaar@client.example',
    });
    expect(created.status).toBe(201);
    await page.goto(`${app.url}/clients/${created.json.id}`);
    await page.getByRole('heading', { name: 'Erik Wisbaar', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Erasure request' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Legal ground').waitFor();
    await dialog.getByRole('button', { name: 'Record request' }).click();
    await dialog.getByText('Choose the ground the request rests on.').waitFor();
    await dialog.getByLabel('Legal ground').click();
    await page.getByRole('option', { name: /consent withdrawn/ }).click();
    await app.expectAccessible(page, 'data-rights-erasure-request');
    await dialog.getByRole('button', { name: 'Record request' }).click();
    await page.waitForURL(`${app.url}/clients`, { timeout: 15_000 });
    await noDialog(page);
    await page.getByText('Erik Wisbaar was erased. The request is recorded.').waitFor();
    expect((await apiRequest(page, 'GET', `/api/clients/${created.json.id}`)).status).toBe(404);

    // The report: the request, what it removed, the retention period (20 years by default).
    await page.goto(`${app.url}/organization`);
    await page.getByRole('heading', { name: 'Data subject rights and retention' }).waitFor();
    await page.getByText('Erased client').first().waitFor();
    await page
      .getByText(/client record: 1/)
      .first()
      .waitFor();
    expect(await page.getByLabel(/Retention period/).inputValue()).toBe('20');
    await app.expectAccessible(page, 'data-rights-organization');

    const phone = await app.newPage({ width: 360, height: 800 });
    await app.signIn(phone, 'owner@demo-retreat.example');
    await phone.goto(`${app.url}/organization`);
    await phone.getByRole('heading', { name: 'Data subject rights and retention' }).waitFor();
    await phone.getByText('Erased client').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.expectAccessible(phone, 'data-rights-organization-360');
    await phone.goto(`${app.url}/clients/${demo.id}`);
    await phone.getByRole('link', { name: 'Export data' }).waitFor();
    await app.expectAccessible(phone, 'data-rights-client-360');
  }, 240_000);
});
