/**
 * API tokens in the browser (issue 17): the owner issues a token on the Members page, sees it once,
 * a program uses it as a bearer token, and revoking it in the page locks the program out — wide and
 * 360 px wide, checked with axe.
 */
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

/** What a machine client gets for `GET /api/clients` with this bearer token (no cookie, no CSRF). */
async function bearerStatus(token: string): Promise<number> {
  const response = await fetch(`${app.url}/api/clients?limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

describe('API tokens in the browser', () => {
  it('the owner issues a token, a program uses it, and revoking it locks the program out', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'owner@demo-retreat.example');
    await page.goto(`${app.url}/members`);
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();

    const section = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'API tokens' }) });
    const name = `EHR sync ${Date.now()}`;
    await section.getByRole('textbox', { name: /^Name/ }).fill(name);
    await section.getByLabel('Permissions').first().click();
    await page.getByRole('option', { name: 'client.read', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Issue token' }).click();

    // Shown once, in full, with a copy button.
    await section.getByText(/issued: copy it now, it is not shown again/).waitFor();
    const shown = section.locator('pre');
    await shown.waitFor();
    const token = ((await shown.textContent()) ?? '').trim();
    await page.getByRole('button', { name: 'Copy token' }).waitFor();
    await app.expectAccessible(page, 'api-tokens-issued');
    expect(await bearerStatus(token)).toBe(200);

    // Listed with its permission and status; the token itself is never listed again.
    const row = page.getByRole('row').filter({ hasText: name });
    await expect.poll(() => row.textContent()).toContain('client.read');
    expect(((await row.textContent()) ?? '').toLowerCase()).toContain('active');
    await page.reload();
    await page.getByRole('row').filter({ hasText: name }).waitFor();
    expect(await page.content()).not.toContain(token);

    await page.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect
      .poll(async () =>
        ((await page.getByRole('row').filter({ hasText: name }).textContent()) ?? '').toLowerCase(),
      )
      .toContain('revoked');
    expect(await bearerStatus(token)).toBe(401);
    await page.close();
  });

  it('refuses a token with no name or permission before sending, and fits 360 px', async () => {
    const page = await app.newPage({ width: 360, height: 780 });
    await app.signIn(page, 'owner@demo-retreat.example');
    await page.goto(`${app.url}/members`);
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    expect(await page.getByRole('button', { name: 'Issue token' }).isDisabled()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.expectAccessible(page, 'api-tokens-360');
    await page.close();
  });
});
