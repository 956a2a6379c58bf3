/**
 * Journey 1 (../shared/product/journeys.md), in English: the clinical lead sets up the spring retreat.
 * Picks the "Psilocybin retreat" template (preparation 1 personal + 1 group, immersion 3 days,
 * integration 1 personal + 1 group), renames it, adds WHO-5 beside PHQ-9 and GAD-7 at baseline,
 * after the retreat, +1 and +3 months, sets the pre-dose blood-pressure limit, sees the generated
 * calendar before anything is saved, and creates a cohort: 12 places, 14–16 May, the workshop room,
 * two facilitators. Each step asserts what the clinical lead expects to see, including the defects
 * found on the walk (issue 15): a double click makes one program and saves once, a typed-wrong limit
 * is named at once, 20 places in a 14-person room is refused naming both, and the lead staffs the
 * cohort without an owner.
 *
 * Steps from journeys.md → asserted at:
 *  - picks "Psilocybin retreat" (preparation 1+1, immersion 3 days, integration 1+1) → "1." card text
 *  - renames it → "2." fill, then "Spring retreat … saved as version 2."
 *  - WHO-5 beside PHQ-9 and GAD-7 at baseline, after the retreat, +1 and +3 months → "3." (the four
 *    timepoints named; after saving, 4 WHO-5 plans in the definition)
 *  - sets the pre-dose blood-pressure limit → "4." (wrong value named; 160/100 sentence; saved)
 *  - the generated calendar shows before anything is saved → "5." (3 retreat days 14–16 May, 4 WHO-5
 *    due dates, still version 1)
 *  - cohort: 12 places, 14–16 May, workshop room, two facilitators → "6." ("0 of 12 taken", the
 *    room, both facilitators, 3 retreat days); 360 px → "fits a phone"
 *  Not asserted: the cohort page's own dates of the retreat days (the preview asserts 14–16 May).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillDate, setupBrowserApp } from '../support.ts';

const app = setupBrowserApp();
const YEAR = new Date().getUTCFullYear() + 1;

async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}

const programCount = async (page: Page) =>
  (await api<{ items: unknown[] }>(page, '/api/programs?status=all')).items.length;

describe('journey 1: the clinical lead sets up the spring retreat', () => {
  it('from the template to a staffed cohort, without a workaround', async () => {
    const page = await app.newPage();
    // The demo clinician acts as the clinical lead.
    await app.signIn(page, 'clinician@demo-retreat.example');

    // 1. The template shows the retreat's shape before it is used.
    await page.goto(`${app.url}/programs/new`);
    await page.getByRole('heading', { name: 'New program', level: 1 }).waitFor();
    const card = page.getByRole('region', { name: 'Psilocybin retreat' });
    await card.getByText('Preparation: 2 sessions (1 personal, 1 group)').waitFor();
    await card.getByText(/Immersion.*: 3 sessions \(3 group; all dosing\)/).waitFor();
    await card.getByText('Integration: 2 sessions (1 personal, 1 group)').waitFor();
    await card.getByText('Questionnaires: PHQ-9, GAD-7, MEQ-30').waitFor();

    // A double click on "Use this template" saves one program, not two.
    const before = await programCount(page);
    await card.getByRole('button', { name: /^Use this template/ }).dblclick();
    await page.getByRole('heading', { name: 'Psilocybin retreat', level: 1 }).waitFor({ timeout: 15_000 });
    const programId = page.url().split('/').pop()!;
    await expect.poll(() => programCount(page)).toBe(before + 1);
    await page.getByText('Version 1', { exact: true }).first().waitFor();

    // 2. Renames it.
    await page.getByLabel('Program name').fill(`Spring retreat ${YEAR}`);

    // 3. WHO-5 beside PHQ-9 and GAD-7 at the same four timepoints.
    await page.getByLabel('Questionnaire to add').selectOption({ label: 'WHO-5' });
    await page.getByLabel('Same timepoints as').selectOption({ label: 'PHQ-9' });
    await page.getByRole('button', { name: 'Add at 4 timepoints' }).click();
    await page
      .getByText(
        'WHO-5 added at 4 timepoints: Baseline, 1 week after the retreat, 1 month after the retreat, 3 months after the retreat.',
      )
      .waitFor();

    // 4. The blood-pressure limit: a wrong value is named at once and never echoed into the sentence.
    const systolic = page.getByLabel('Pre-dose systolic maximum (mmHg)');
    await systolic.fill('abc');
    await page.getByText(/Enter a whole number of mmHg \(\d+–\d+\), or leave it empty\./).waitFor();
    await page.getByText('Correct the limit above to see what is flagged.').waitFor();
    expect(await page.getByText(/Readings above abc/).count()).toBe(0);
    await systolic.fill('160');
    await page.getByLabel('Pre-dose diastolic maximum (mmHg)').fill('100');
    await page.getByText('Readings above 160 systolic or 100 diastolic are flagged before dosing.').waitFor();
    expect(await page.getByText(/Enter a whole number of mmHg/).count()).toBe(0);

    // 5. The generated calendar shows before anything is saved.
    await fillDate(page.getByLabel('Start date (day 0)'), `${YEAR}-05-14`);
    await page.getByRole('button', { name: 'Show calendar' }).click();
    const dosing = page.getByRole('list', { name: 'Immersion / dosing sessions' });
    await dosing.waitFor();
    expect(await dosing.getByRole('listitem').filter({ hasText: 'Retreat day' }).count()).toBe(3);
    for (const day of [14, 15, 16]) {
      await dosing
        // As the organization formats dates: 14-05-2027 (nl-NL), 14/05/2027 (en-GB) or May 14, 2027.
        .getByText(new RegExp(`May ${day}, ${YEAR}|${day} May ${YEAR}|${day}[-/]05[-/]${YEAR}`))
        .first()
        .waitFor();
    }
    const due = page.getByRole('list', { name: 'Questionnaire due dates' });
    expect(await due.getByRole('listitem').filter({ hasText: 'WHO-5' }).count()).toBe(4);
    expect((await api<{ currentVersion: number }>(page, `/api/programs/${programId}`)).currentVersion).toBe(
      1,
    );
    await app.expectAccessible(page, 'journey-1-preview');

    // Saved with a double click: one new version, no false "someone saved a newer version".
    await page.getByRole('button', { name: 'Save new version' }).dblclick();
    await page.getByText(`Spring retreat ${YEAR} saved as version 2.`).waitFor({ timeout: 15_000 });
    await page.getByText('No unsaved changes (version 2)').waitFor();
    expect(await page.getByText('Someone saved a newer version').count()).toBe(0);
    const saved = await api<{
      currentVersion: number;
      definition: { assessments: { instrumentId: string }[]; safety: Record<string, number | null> };
    }>(page, `/api/programs/${programId}`);
    expect(saved.currentVersion).toBe(2);
    expect(saved.definition.assessments.filter((a) => a.instrumentId === 'who-5')).toHaveLength(4);
    expect(saved.definition.safety).toEqual({ preDoseSystolicMax: 160, preDoseDiastolicMax: 100 });

    // 6. The cohort. 20 places in the 14-person workshop room is refused at once, naming both.
    await page.goto(`${app.url}/cohorts/new?programId=${programId}`);
    await page.getByRole('heading', { name: 'New cohort', level: 1 }).waitFor();
    await page.getByLabel('Cohort name').fill(`Spring ${YEAR}`);
    await fillDate(page.getByLabel('Start date'), `${YEAR}-05-14`);
    await page.getByLabel('Room').selectOption({ label: 'Workshopruimte (holds 14)' });
    await page.getByLabel('Places', { exact: true }).fill('20');
    await page.getByText(/20 places is more than Workshopruimte holds \(14\)/).waitFor();
    await app.expectAccessible(page, 'journey-1-cohort-too-many');
    await page.getByLabel('Places', { exact: true }).fill('12');
    expect(await page.getByText(/places is more than Workshopruimte holds/).count()).toBe(0);

    // The clinical lead picks the two facilitators (no owner needed).
    await page.getByRole('checkbox', { name: /Fleur Facilitator/ }).check();
    await page.getByRole('checkbox', { name: /Chris Clinician/ }).check();
    expect(await page.getByText(/Only an owner/).count()).toBe(0);
    await app.expectAccessible(page, 'journey-1-cohort');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.getByRole('heading', { name: `Spring ${YEAR}`, level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByText('0 of 12 taken').waitFor();
    await page.getByText('Workshopruimte (holds 14)').waitFor();
    await page
      .getByText(
        /Fleur Facilitator \(demo\), Chris Clinician \(demo\)|Chris Clinician \(demo\), Fleur Facilitator \(demo\)/,
      )
      .first()
      .waitFor();
    const sessions = page.getByRole('list', { name: 'Cohort sessions' });
    expect(await sessions.getByRole('link', { name: 'Retreat day' }).count()).toBe(3);
    await app.expectAccessible(page, 'journey-1-cohort-created');
  }, 240_000);

  it('fits a phone: the cohort form at 360 px warns about the room', async () => {
    const page = await app.newPage({ width: 360, height: 780 });
    await app.signIn(page, 'clinician@demo-retreat.example');
    await page.goto(`${app.url}/cohorts/new`);
    await page.getByRole('heading', { name: 'New cohort', level: 1 }).waitFor();
    await page.getByLabel('Room').selectOption({ label: 'Workshopruimte (holds 14)' });
    await page.getByLabel('Places', { exact: true }).fill('20');
    await page.getByText(/20 places is more than Workshopruimte holds \(14\)/).waitFor();
    await page.getByRole('checkbox', { name: /Allow 20 places in Workshopruimte/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await app.expectAccessible(page, 'journey-1-cohort-360');
  }, 120_000);
});
