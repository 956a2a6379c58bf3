import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowserApp } from './support.ts';

/** PHQ-9 items 1–9: total 13 (moderate); item 9 above 0 raises the suicide-risk flag. */
const PHQ9_ANSWERS = [2, 2, 2, 2, 1, 1, 2, 0, 1];
const PHQ9_LABELS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

const app = setupBrowserApp();
const newPage = app.newPage;
const signIn = app.signIn;
const expectAccessible = app.expectAccessible;

/** The radio group of item `n`: a fieldset whose legend starts with "n.". */
const item = (scope: Page | Locator, n: number) =>
  scope.getByRole('group', { name: new RegExp(`^${n}\\. `) });

async function answerPhq9(page: Page, answers: readonly number[]) {
  for (const [i, value] of answers.entries()) {
    await item(page, i + 1)
      .getByRole('radio', { name: PHQ9_LABELS[value]!, exact: true })
      .check();
  }
}

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function openClient(page: Page, name: RegExp) {
  await page.goto(`${app.url}/clients`);
  await page.getByRole('cell', { name }).first().waitFor();
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

describe('questionnaires in the browser', () => {
  it('shows the instruments, every fact with its verification and source, and scores a try', async () => {
    const page = await newPage();
    await signIn(page, 'clinician@demo-retreat.example');
    await page.getByRole('link', { name: 'Instruments' }).click();
    await page.getByRole('heading', { name: 'Instruments', level: 1 }).waitFor();
    const table = page.getByRole('region', { name: 'Instruments' });
    for (const shortName of ['PHQ-9', 'GAD-7', 'WHO-5', 'PCL-5', 'QIDS-SR16', 'MEQ-30']) {
      await table.getByRole('cell', { name: shortName, exact: true }).waitFor();
    }
    await expectAccessible(page, 'instruments');

    await page.getByRole('link', { name: 'Patient Health Questionnaire-9' }).click();
    await page.getByRole('heading', { name: 'Patient Health Questionnaire-9', level: 1 }).waitFor();
    for (const heading of [
      'Licence and item texts',
      'Severity bands',
      'Change criteria',
      'Safety rules',
      'LOINC codes',
      'Try it',
    ]) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    // Every sourced fact carries a badge and a "Source" disclosure; PHQ-9 has unverified facts too.
    const sources = await page.locator('details.threshold-source').count();
    expect(sources).toBeGreaterThan(10);
    const change = page.locator('section', { has: page.getByRole('heading', { name: 'Change criteria' }) });
    expect(await change.getByText('Unverified').count()).toBeGreaterThan(0);
    await page.getByRole('cell', { name: 'moderately severe' }).waitFor();
    await page.getByText('44249-1').first().waitFor();
    const bandsSource = page.locator('summary', { hasText: 'Source of the severity bands' });
    await bandsSource.click();
    await expect.poll(() => bandsSource.locator('..').getAttribute('open')).not.toBeNull();

    // Try it: a missing item is refused and named next to the item.
    const tryIt = page.locator('form', { has: page.getByRole('button', { name: 'Score' }) });
    await answerPhq9(page, PHQ9_ANSWERS.slice(0, 8));
    await tryIt.getByRole('button', { name: 'Score' }).click();
    await item(tryIt, 9)
      .getByText(/required/i)
      .waitFor();
    await item(tryIt, 9).getByRole('radio', { name: 'Several days', exact: true }).check();
    await tryIt.getByRole('button', { name: 'Score' }).click();
    await tryIt.getByText('13 (range 0–27)').waitFor();
    await tryIt.getByText('moderate', { exact: true }).waitFor();
    await tryIt.getByText('Item 9 answered 1 (Several days)').waitFor();
    await expectAccessible(page, 'instrument-phq-9');

    for (const id of ['gad-7', 'pcl-5', 'qids-sr16', 'who-5', 'meq-30']) {
      await page.goto(`${app.url}/instruments/${id}`);
      await page.getByRole('heading', { name: 'Try it', level: 2 }).waitFor();
      await expectAccessible(page, `instrument-${id}`);
    }
  });

  it('lets a clinician enter a PHQ-9 and shows its score, flag and answers on the client page', async () => {
    const page = await newPage();
    await signIn(page, 'clinician@demo-retreat.example');
    await openClient(page, /Anna de Vries/);
    await page.getByRole('heading', { name: 'Questionnaires', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Enter questionnaire' }).click();
    await page.getByRole('heading', { name: 'Enter questionnaire', level: 1 }).waitFor();

    await page.getByLabel('Questionnaire').selectOption('phq-9');
    await item(page, 1).waitFor();
    // Keyboard: the radios of an item are one group; arrow keys move the choice.
    await item(page, 1).getByRole('radio', { name: 'Not at all', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await item(page, 1).getByRole('radio', { name: 'More than half the days' }).isChecked()).toBe(
      true,
    );
    await page.keyboard.press('Tab');
    expect(
      await item(page, 2)
        .getByRole('radio', { name: 'Not at all', exact: true })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    // Unanswered required items are named before anything is sent.
    await answerPhq9(page, PHQ9_ANSWERS.slice(0, 7));
    await page.getByRole('button', { name: 'Save questionnaire' }).click();
    await page.getByText('Answer items 8 and 9: they are required.').waitFor();
    await item(page, 8).getByText('Choose an answer to item 8.').waitFor();
    await expectAccessible(page, 'questionnaire-entry-errors');

    await answerPhq9(page, PHQ9_ANSWERS);
    await page.getByRole('button', { name: 'Save questionnaire' }).click();

    await page.getByRole('heading', { name: /Anna de Vries/, level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByText('PHQ-9 saved for Anna de Vries: total 13 of 27, moderate.').waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'Suicide-risk flag' });
    await alert.getByText('Item 9 answered 1 (Several days).').waitFor();
    await alert.getByText(/needs follow-up today/).waitFor();

    const table = page.getByRole('region', { name: 'Questionnaire responses' });
    const row = table.getByRole('row').filter({ hasText: 'PHQ-9' }).first();
    await row.getByRole('cell', { name: '13', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'moderate', exact: true }).waitFor();
    await row.getByText('Suicide risk').waitFor();
    await row.getByText('Item 9 answered 1 (Several days)').waitFor();
    await expectAccessible(page, 'client-questionnaires');

    // The row opens the item answers.
    await row.getByRole('button', { name: /view answers/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('cell', { name: 'Little interest or pleasure in doing things' }).waitFor();
    const item9 = dialog.getByRole('row').filter({ hasText: 'better off dead' });
    await item9.getByText('Several days').waitFor();
    await expectAccessible(page, 'client-questionnaire-answers');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Dismissed, the alert stays away; the flag stays on the row.
    await alert.getByRole('button', { name: 'Dismiss this alert' }).click();
    await alert.waitFor({ state: 'detached' });
    await row.getByText('Suicide risk').waitFor();
  });

  it('works at a phone width: radio options stack and nothing scrolls sideways', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await signIn(page, 'clinician@demo-retreat.example');
    await page.goto(`${app.url}/clients`);
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    const link = page.getByRole('link', { name: /de Vries/ }).first();
    const href = await link.getAttribute('href');
    await page.goto(`${app.url}${href}/questionnaires/new?instrument=phq-9`);
    await item(page, 1).waitFor();
    const boxes = await Promise.all(
      PHQ9_LABELS.map((label) =>
        item(page, 1).getByRole('radio', { name: label, exact: true }).boundingBox(),
      ),
    );
    const ys = boxes.map((b) => b!.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'questionnaire-entry-phone');

    await page.goto(`${app.url}${href}`);
    await page.getByRole('heading', { name: 'Questionnaires', level: 2 }).waitFor();
    await page.getByRole('region', { name: 'Questionnaire responses' }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'client-questionnaires-phone');

    for (const target of ['/instruments', '/instruments/phq-9']) {
      await page.goto(`${app.url}${target}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page
        .getByRole('link', { name: 'All instruments' })
        .or(page.getByRole('region'))
        .first()
        .waitFor();
      expect(await sidewaysOverflow(page), target).toBeLessThanOrEqual(1);
    }
  });

  it('shows intake staff which questionnaires are due, never an answer or a score', async () => {
    const page = await newPage();
    await signIn(page, 'intake@demo-retreat.example');
    await openClient(page, /Anna de Vries/);
    await page.getByRole('heading', { name: 'Identity', level: 2 }).waitFor();
    // Intake sends questionnaires (journey 2), so it sees the schedule; the answers stay hidden.
    await page.getByRole('heading', { name: 'Questionnaires' }).first().waitFor();
    expect(await page.getByRole('button', { name: /^View response/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enter questionnaire' }).count()).toBe(0);
    // The instruments themselves are for everyone.
    await page.getByRole('link', { name: 'Instruments' }).click();
    await page.getByRole('heading', { name: 'Instruments', level: 1 }).waitFor();
  });
});
