/**
 * Journey 1 in the browser: the clinical lead sets up the spring retreat from the template, adds
 * WHO-5 at baseline, sees the generated calendar before saving, saves a new version and creates a
 * cohort (the facilitators can be picked by the lead; here an owner assigns them), then enrolls a client. Every page is checked with axe.
 */
import { describe, expect, it } from 'vitest';
import { apiRequest, fillDate, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

/** A JSON API call from inside the signed-in page (cookies and the CSRF token of its session). */

describe('programs, cohorts and the calendar in the browser', () => {
  it('builds the spring retreat from the template, previews its calendar, saves it and creates a cohort', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');

    await page.goto(`${app.url}/programs`);
    await page.getByRole('heading', { name: 'Programs', level: 1 }).waitFor();
    // The Dutch demo clinic's own program, by the Dutch name it has (the staff screens are English).
    await page.getByRole('link', { name: 'Psilocybine-retreat' }).first().waitFor();
    await app.expectAccessible(page, 'programs');

    await page.getByRole('button', { name: 'New program' }).click();
    await page.getByRole('heading', { name: 'New program', level: 1 }).waitFor();
    const useRetreat = page.getByRole('button', { name: /^Use this template for Psilocybin retreat/ });
    await useRetreat.waitFor();
    // Each template shows the source it follows.
    await page
      .getByText(/Psilocybin retreat program in the Netherlands/)
      .first()
      .waitFor();
    await page
      .getByText(/Feder A, Brown O/)
      .first()
      .waitFor();
    await app.expectAccessible(page, 'program-templates');

    await useRetreat.click();
    await page.getByRole('heading', { name: 'Psilocybin retreat', level: 1 }).waitFor({ timeout: 15_000 });
    const programId = page.url().split('/').pop()!;
    await page.getByText('Version 1', { exact: true }).first().waitFor();
    await page.getByText(/Based on the template/).waitFor();
    // Sessions grouped by phase, as the template defines them.
    for (const phase of ['Preparation', 'Immersion / dosing', 'Integration']) {
      await page.getByRole('heading', { name: phase, level: 3 }).first().waitFor();
    }
    await page.getByRole('heading', { name: 'Retreat day', level: 4 }).waitFor();
    await page
      .getByText('No pre-dose blood-pressure limit is set: no reading will be flagged against one.')
      .waitFor();
    await app.expectAccessible(page, 'program-builder');

    await page.getByLabel('Program name').fill('Spring retreat 2026');
    await page.getByLabel('Pre-dose systolic maximum (mmHg)').fill('160');
    await page.getByLabel('Pre-dose diastolic maximum (mmHg)').fill('100');
    await page.getByText('Readings above 160 systolic or 100 diastolic are flagged before dosing.').waitFor();

    // WHO-5 at baseline, beside PHQ-9 and GAD-7: the day before the first retreat day.
    await page.getByRole('button', { name: 'Add questionnaire', exact: true }).click();
    await page.getByLabel('Questionnaire', { exact: true }).selectOption('who-5');
    await page.getByLabel('Timepoint label').fill('Baseline');
    await page.getByLabel('Relative to').selectOption('first-dosing');
    await page.getByLabel('Offset', { exact: true }).fill('-1');
    await page.getByLabel('Offset unit').selectOption('days');
    await page.getByLabel('Window: days before').fill('13');
    await page.getByLabel('Window: days after').fill('1');
    await page.getByRole('heading', { name: 'WHO-5 — Baseline', level: 3 }).waitFor();

    // The generated calendar, before anything is saved.
    await fillDate(page.getByLabel('Start date (day 0)'), '2026-05-14');
    await page.getByRole('button', { name: 'Show calendar' }).click();
    const dosing = page.getByRole('list', { name: 'Immersion / dosing sessions' });
    await dosing.waitFor();
    expect(await dosing.getByRole('listitem').filter({ hasText: 'Retreat day' }).count()).toBe(3);
    await dosing
      .getByText(/May 14, 2026|14 May 2026|14\/05\/2026/)
      .first()
      .waitFor();
    await dosing.getByText('10:00–18:00').first().waitFor();
    const due = page.getByRole('list', { name: 'Questionnaire due dates' });
    const who5 = due.getByRole('listitem').filter({ hasText: 'WHO-5' });
    expect(await who5.count()).toBe(1);
    expect(await who5.textContent()).toMatch(/May 13, 2026|13 May 2026|13\/05\/2026/);
    expect(await who5.textContent()).toContain('Baseline');
    // Nothing was saved: the program is still at version 1.
    const stored = await apiRequest<{ currentVersion: number }>(page, 'GET', `/api/programs/${programId}`);
    expect(stored.json.currentVersion).toBe(1);
    await app.expectAccessible(page, 'program-preview');

    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText('Spring retreat 2026 saved as version 2.').waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'Spring retreat 2026', level: 1 }).waitFor();
    const saved = await apiRequest<{
      currentVersion: number;
      definition: {
        assessments: { instrumentId: string; label: string; anchor: string }[];
        safety: { preDoseSystolicMax: number | null; preDoseDiastolicMax: number | null };
      };
    }>(page, 'GET', `/api/programs/${programId}`);
    expect(saved.json.currentVersion).toBe(2);
    expect(saved.json.definition.safety).toEqual({ preDoseSystolicMax: 160, preDoseDiastolicMax: 100 });
    expect(
      saved.json.definition.assessments
        .filter((a) => a.label === 'Baseline')
        .map((a) => a.instrumentId)
        .sort(),
    ).toEqual(['gad-7', 'phq-9', 'who-5']);
    await page.getByText('No unsaved changes (version 2)').waitFor();
    await page.getByRole('button', { name: 'View version 2' }).waitFor();
    await app.expectAccessible(page, 'program-saved');

    // The cohort: 12 places from 14 May in the workshop room.
    await page.goto(`${app.url}/cohorts/new?programId=${programId}`);
    await page.getByRole('heading', { name: 'New cohort', level: 1 }).waitFor();
    await page.getByLabel('Cohort name').fill('Spring 2026');
    await fillDate(page.getByLabel('Start date'), '2026-05-14');
    await page.getByLabel('Location').fill('De Hoeve');
    await page.getByLabel('Room').selectOption({ label: 'Workshopruimte (holds 14)' });
    await page.getByLabel('Places').fill('12');
    // The clinical lead sees who can facilitate (an owner assigns them below).
    await page.getByRole('checkbox', { name: /Fleur Facilitator/ }).waitFor();
    const groupPreview = page.getByRole('region', { name: 'Group sessions this cohort will have' });
    await groupPreview
      .getByText(/Retreat day/)
      .first()
      .waitFor();
    expect(await groupPreview.getByRole('listitem').count()).toBe(5);
    await app.expectAccessible(page, 'cohort-new');

    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.getByRole('heading', { name: 'Spring 2026', level: 1 }).waitFor({ timeout: 15_000 });
    const cohortUrl = page.url();
    const sessions = page.getByRole('list', { name: 'Cohort sessions' });
    expect(await sessions.getByRole('link', { name: 'Retreat day' }).count()).toBe(3);
    await page.getByText('0 of 12 taken').waitFor();
    await app.expectAccessible(page, 'cohort');

    // Enroll a client; a dosing program starts them as referred.
    await page.getByRole('button', { name: 'Enroll client' }).click();
    await page.getByLabel('Find a client').fill('Esther');
    await page.getByRole('radio', { name: /Esther Smit/ }).check();
    await app.expectAccessible(page, 'cohort-enroll');
    await page.getByRole('button', { name: 'Enroll', exact: true }).click();
    await page.getByRole('row', { name: /Esther Smit.*Referred/ }).waitFor({ timeout: 15_000 });
    await page.getByText('1 of 12 taken').waitFor();

    // An owner assigns the two facilitators.
    const owner = await app.newPage();
    await app.signIn(owner, 'owner@demo-retreat.example');
    await owner.goto(cohortUrl);
    await owner.getByRole('heading', { name: 'Spring 2026', level: 1 }).waitFor();
    await owner.getByRole('button', { name: 'Edit', exact: true }).click();
    await owner.getByRole('checkbox', { name: /Fleur Facilitator/ }).check();
    await owner.getByRole('checkbox', { name: /Chris Clinician/ }).check();
    await app.expectAccessible(owner, 'cohort-edit');
    await owner.getByRole('button', { name: 'Save cohort' }).click();
    await owner
      .getByText(
        /Fleur Facilitator \(demo\), Chris Clinician \(demo\)|Chris Clinician \(demo\), Fleur Facilitator \(demo\)/,
      )
      .waitFor();
  }, 180_000);

  it('shows errors beside their fields and keeps the draft when someone saved a newer version', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'clinician@demo-retreat.example');
    const created = await apiRequest<{ id: string; currentVersion: number }>(page, 'POST', '/api/programs', {
      templateId: 'psilocybin-retreat',
    });
    expect(created.status).toBe(201);
    await page.goto(`${app.url}/programs/${created.json.id}`);
    await page.getByRole('heading', { name: 'Psilocybin retreat', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Edit Retreat day' }).click();
    await page.getByLabel('Program days').fill('0, 1, x');
    await page.getByLabel('Duration (minutes)').fill('3');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText('2 fields need attention').waitFor();
    await page.getByText('“x” is not a whole number. Separate days with commas.').first().waitFor();
    await page.getByText('Enter the duration from 5 to 1440.').first().waitFor();
    await app.expectAccessible(page, 'program-errors');

    await page.getByLabel('Program days').fill('0, 1');
    await page.getByLabel('Duration (minutes)').fill('420');
    // Meanwhile someone else saves version 2.
    const other = await apiRequest<{ definition: unknown }>(page, 'GET', `/api/programs/${created.json.id}`);
    const put = await apiRequest(page, 'PUT', `/api/programs/${created.json.id}`, {
      baseVersion: 1,
      definition: { ...(other.json.definition as object), name: 'Renamed elsewhere' },
    });
    expect(put.status).toBe(200);

    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText('Someone saved a newer version').waitFor();
    await page.getByText(/Version 2 was saved while you were editing version 1/).waitFor();
    // The draft is still in the form.
    expect(await page.getByLabel('Program days').inputValue()).toBe('0, 1');
    await app.expectAccessible(page, 'program-conflict');
    await page.getByRole('button', { name: 'Save my changes as version 3' }).click();
    await page.getByText('Psilocybin retreat saved as version 3.').waitFor({ timeout: 15_000 });
    const latest = await apiRequest<{
      currentVersion: number;
      definition: { sessions: { key: string; days: number[] }[] };
    }>(page, 'GET', `/api/programs/${created.json.id}`);
    expect(latest.json.currentVersion).toBe(3);
    expect(latest.json.definition.sessions.find((s) => s.key === 'retreat-day')?.days).toEqual([0, 1]);
  }, 120_000);

  it('shows the week and the day in the organization time zone, with filters and conflicts', async () => {
    const page = await app.newPage();
    await app.signIn(page, 'owner@demo-retreat.example');
    // A second cohort in the demo cohort's room, dates and facilitators: every session clashes.
    const cohorts = await apiRequest<{
      items: {
        id: string;
        name: string;
        program: { id: string };
        startDate: string;
        room: { id: string } | null;
        facilitators: { id: string }[];
      }[];
    }>(page, 'GET', '/api/cohorts');
    const demo = cohorts.json.items.find((c) => c.name.endsWith('(demo)'))!;
    const clash = await apiRequest(page, 'POST', '/api/cohorts', {
      programId: demo.program.id,
      name: 'Clashing cohort',
      startDate: demo.startDate,
      roomId: demo.room!.id,
      capacity: 4,
      facilitatorIds: demo.facilitators.map((f) => f.id),
    });
    expect(clash.status).toBe(201);

    await page.goto(`${app.url}/calendar?view=week&date=${demo.startDate}`);
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    await page.getByText('Times in Europe/Amsterdam').first().waitFor();
    await page.getByRole('heading', { name: /^Week of / }).waitFor();
    const retreat = page.getByRole('link', { name: /Retreatdag/ });
    await retreat.first().waitFor();
    // Two cohorts × three retreat days (plus the clients' personal sessions of other days).
    expect(await retreat.count()).toBe(6);
    // Conflicts are said in words, not only colour; so is dosing.
    const first = retreat.first();
    expect(await first.textContent()).toMatch(/Conflict|\d+ conflicts/);
    expect(await first.textContent()).toMatch(/already facilitates "Retreatdag"/);
    expect(await first.textContent()).toContain('Dosing');
    expect(await first.textContent()).toContain('10:00–18:00');
    await app.expectAccessible(page, 'calendar-week');

    // Filters live in the URL.
    await page.getByLabel('Room').selectOption({ label: 'Integratieruimte' });
    await expect.poll(() => page.url()).toContain('roomId=');
    await page.getByText('No sessions this week for these filters.').waitFor();
    await page.getByLabel('Room').selectOption({ label: 'Every room' });
    await expect.poll(() => page.url()).not.toContain('roomId=');
    await page.getByLabel('Facilitator').selectOption({ label: 'Fleur Facilitator (demo)' });
    await expect.poll(() => page.url()).toContain('facilitatorId=');
    await retreat.first().waitFor();

    // The day view, from the day's heading.
    await page
      .getByRole('link', { name: /^(Thursday|Thu)/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toContain('view=day');
    await page
      .getByText(/Facilitators: /)
      .first()
      .waitFor();
    await app.expectAccessible(page, 'calendar-day');
    await page
      .getByRole('link', { name: /Retreatdag/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/\/sessions\/[0-9a-f-]{36}$/);

    // A phone shows the week as a list of days.
    const phone = await app.newPage({ width: 360, height: 740 });
    await app.signIn(phone, 'facilitator@demo-retreat.example');
    await phone.goto(`${app.url}/calendar?view=week&date=${demo.startDate}`);
    await phone
      .getByRole('link', { name: /Retreatdag/ })
      .first()
      .waitFor();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
    await app.expectAccessible(phone, 'calendar-phone');
  }, 120_000);

  it('works at a phone width', async () => {
    const page = await app.newPage({ width: 360, height: 740 });
    await app.signIn(page, 'clinician@demo-retreat.example');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    await page.goto(`${app.url}/programs`);
    await page.getByRole('link', { name: 'Psilocybine-retreat' }).first().click();
    await page.getByRole('heading', { name: 'Psilocybine-retreat', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Show calendar' }).click();
    await page.getByRole('list', { name: 'Immersion / dosing sessions' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(1);
    await app.expectAccessible(page, 'program-phone');

    await page.goto(`${app.url}/cohorts`);
    await page
      .getByRole('link', { name: /Retreat .* \(demo\)/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Retreat .* \(demo\)/, level: 1 }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(1);
    await app.expectAccessible(page, 'cohort-phone');
  }, 120_000);
});
