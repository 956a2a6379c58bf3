// Temporary walk for screenshots (not committed).
import { describe, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

describe('dutch walk', () => {
  it('takes screenshots in Dutch at 360 px', async () => {
    const page = await app.newPage({ width: 360, height: 800 }, { language: 'en' });
    await app.signIn(page, 'clinician@demo-retreat.example');
    await page.evaluate(() => localStorage.setItem('threshold.language', 'nl'));
    const shot = async (path: string, name: string, wait: string) => {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByText(wait).first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/dutch-a/${name}.png`, fullPage: true });
    };
    await shot('/programs', 'programs', 'Programma’s');
    await page.getByRole('link').filter({ hasText: 'Psilocybin retreat' }).first().click();
    await page.getByText('Programmagegevens').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/dutch-a/program.png', fullPage: true });
    await shot('/cohorts', 'cohorts', 'Groepen');
    const first = page.getByRole('table').getByRole('link').first();
    if (await first.count()) {
      await first.click();
      await page.getByText('Deelnemers').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(800);
      await page.screenshot({ path: '/tmp/dutch-a/cohort.png', fullPage: true });
    }
    await shot('/calendar?view=day', 'calendar', 'Agenda');
    await shot('/rooms', 'rooms', 'Ruimtes');
    await shot('/account', 'account', 'Tweestapsverificatie');
  }, 300_000);
});
