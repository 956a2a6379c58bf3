/**
 * Journey 3 (../shared/product/journeys.md), "A facilitator runs the day", in Chromium as the demo
 * facilitator, in English. The day is set up through the API as the demo clinician: the retreat
 * cohort's preparation circle moved to today at 10:00 (or, before 10:05, to the start of the current
 * hour, since attendance is recorded once a session has started), a personal integration session at
 * 14:00 for a client with scores since baseline, and a ketamine dosing session at 16:00 for the demo
 * KAP client, cleared (screening, decision, consent). Each step asserts what the facilitator expects
 * to see: Today lists the three; the circle takes attendance and one shared note that reaches only
 * the attendees; the integration session shows the scores chart; the dosing day records the dose with
 * mg/kg from weight, route and lot, blood pressure at baseline, +40 minutes and discharge, nausea
 * grade 1 resolved and discharge readiness, and flags a value out of range while typing. Desktop and
 * 360 px screenshots go to .tmp/screenshots.
 *
 * Steps from journeys.md → asserted at:
 *  - opens "today" → "1." (home is /today, the three sessions listed)
 *  - group preparation circle at 10:00 → "1." card with its time (10:00 after 10:05; before that
 *    the current hour, since attendance needs a started session)
 *  - attendance → "2." (pressed state per client); one shared note in every attendee's record →
 *    "2." (both attendees' timelines hold it, the absent client's does not)
 *  - personal integration at 14:00, scores since baseline on one chart → "1." (card at 14:00), "3."
 *  - ketamine: dose with mg/kg from weight, route, lot → "4." (0.5 mg/kg, IV, KET-2026-117)
 *  - blood pressure at baseline, +40 min and discharge → "4." (128/82, 146/88 "During the
 *    session", 124/80 discharge)
 *  - one adverse event: nausea, grade 1, resolved → "4."; discharge readiness → "4."
 *  - a value out of range is flagged while typing → "4." (systolic 500)
 *  Not asserted: that the +40 min reading is taken 40 minutes after the dose (the test enters it
 *  at once, as "During the session").
 */
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, setupBrowserApp } from '../support.ts';

const app = setupBrowserApp();
const ZONE = 'Europe/Amsterdam';
const PHONE = { width: 360, height: 800 };

interface Ref {
  id: string;
  name: string;
}
interface Session {
  id: string;
  name: string;
  kind: string;
  phase: string;
  startsAt: string;
  version: number;
  cohort: Ref | null;
  attendees: Array<{ enrollmentId: string; clientId: string; name: string }>;
}
interface Enrollment {
  id: string;
  version: number;
  status: string;
  client: Ref;
  program: Ref;
  cohort: Ref | null;
  screenings: Array<{ id: string }>;
}

const today = () => DateTime.now().setZone(ZONE);
const at = (hour: number, minute = 0) =>
  today().set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toISO()!;

/** The circle at 10:00 once that has passed; earlier in the day, at the start of the current hour. */
function circleStart(): { iso: string; label: string } {
  const now = today();
  if (now.hour > 10 || (now.hour === 10 && now.minute >= 5)) return { iso: at(10), label: '10:00' };
  const start = now.startOf('hour');
  return { iso: start.toUTC().toISO()!, label: start.toFormat('HH:mm') };
}

/** The demo clinician sets up the facilitator's day; returns what the steps need. */
async function setUpTheDay(page: Page) {
  const facilitator = (
    await apiCall<{ items: Array<{ userId: string; email: string }> }>(page, 'GET', '/api/members')
  ).items.find((m) => m.email === 'facilitator@demo-retreat.example')!;
  const enrollments = (await apiCall<{ items: Enrollment[] }>(page, 'GET', '/api/enrollments')).items;
  const retreat = enrollments.filter((e) => e.cohort !== null);
  const kap = enrollments.find((e) => e.cohort === null)!;
  expect(retreat.length).toBeGreaterThanOrEqual(3);

  // The cohort's preparation circle, moved to today.
  const from = today().toUTC().toISO()!;
  const to = today().plus({ days: 60 }).toUTC().toISO()!;
  const sessions = (
    await apiCall<{ items: Session[] }>(
      page,
      'GET',
      `/api/sessions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&cohortId=${retreat[0]!.cohort!.id}`,
    )
  ).items;
  const listed = sessions.find((s) => s.kind === 'group' && s.phase === 'preparation')!;
  const circle = await apiCall<Session>(page, 'GET', `/api/sessions/${listed.id}`);
  const start = circleStart();
  await apiCall(page, 'POST', `/api/sessions/${circle.id}/reschedule`, {
    startsAt: start.iso,
    endsAt: DateTime.fromISO(start.iso).plus({ hours: 1 }).toUTC().toISO(),
    reason: 'Moved to today for the preparation circle',
    version: circle.version,
  });

  // A personal integration session at 14:00 for the first retreat client, who has scores since baseline.
  const integrationClient = retreat[0]!;
  await apiCall(page, 'POST', '/api/sessions', {
    enrollmentId: integrationClient.id,
    name: 'Personal integration',
    phase: 'integration',
    startsAt: at(14),
    endsAt: at(15),
    facilitatorIds: [facilitator.userId],
    dosing: null,
  });
  const phq9 = (score: number[]) => Object.fromEntries(score.map((v, i) => [`q${i + 1}`, v]));
  await apiCall(page, 'POST', `/api/clients/${integrationClient.client.id}/responses`, {
    instrumentId: 'phq-9',
    answers: phq9([2, 2, 2, 2, 1, 2, 1, 1, 0]),
    administeredAt: today().minus({ days: 28 }).toUTC().toISO(),
  });
  await apiCall(page, 'POST', `/api/clients/${integrationClient.client.id}/responses`, {
    instrumentId: 'phq-9',
    answers: phq9([1, 1, 1, 0, 1, 0, 1, 0, 0]),
    administeredAt: today().minus({ days: 1 }).toUTC().toISO(),
  });

  // The KAP client is screened, found eligible and consents; a dosing session today at 16:00.
  const checklist = await apiCall<{ items: Array<{ id: string }> }>(
    page,
    'GET',
    '/api/screening-checklists/ketamine',
  );
  const screening = await apiCall<{ id: string }>(page, 'POST', `/api/enrollments/${kap.id}/screenings`, {
    answers: Object.fromEntries(checklist.items.map((i) => [i.id, 'no'])),
    medications: [],
    vitals: { systolic: 124, diastolic: 80, heartRate: 70, weightKg: 80 },
  });
  await apiCall(page, 'POST', `/api/enrollments/${kap.id}/screenings/${screening.id}/decision`, {
    decision: 'eligible',
    rationale: 'No contraindication on the checklist; blood pressure normal at intake.',
  });
  await apiCall(page, 'POST', `/api/enrollments/${kap.id}/consents`, {
    documentVersion: 1,
    signedAt: DateTime.now().toUTC().toISO(),
    method: 'in-person signature',
  });
  await apiCall(page, 'POST', '/api/sessions', {
    enrollmentId: kap.id,
    name: 'Ketamine infusion (today)',
    phase: 'immersion',
    startsAt: at(16),
    endsAt: at(18),
    facilitatorIds: [facilitator.userId],
    dosing: { substance: 'Ketamine', route: 'IV', mgPerKg: 0.5 },
  });
  return { circleTime: start.label, circleId: circle.id, retreat, integrationClient, kap };
}

describe('Journey 3: a facilitator runs the day', () => {
  it('Today, the circle with attendance and a shared note, the integration chart, the ketamine day', async () => {
    const lead = await app.newPage();
    await app.signIn(lead, 'owner@demo-retreat.example');
    const day = await setUpTheDay(lead);

    // 1. The facilitator opens the app: her home is Today, with the three sessions in time order.
    const page = await app.newPage();
    await app.signIn(page, 'facilitator@demo-retreat.example');
    await page.waitForURL(/\/today$/);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const circleCard = page
      .getByRole('article')
      .filter({ hasText: /Preparation/ })
      .filter({ hasText: day.circleTime });
    await circleCard.first().waitFor();
    await page
      .getByRole('article')
      .filter({ hasText: 'Personal integration' })
      .filter({ hasText: '14:00' })
      .first()
      .waitFor();
    await page.getByText('Ketamine infusion (today)').waitFor();
    await app.expectAccessible(page, 'journey-3-today');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '.tmp/screenshots/journey-3-today-360.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 2. The circle: attendance for each client; the note form says whose record it reaches.
    await page.goto(`${app.url}/sessions/${day.circleId}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const [present, absent, late] = day.retreat.map((e) => e.client.name) as [string, string, string];
    const mark = async (name: string, label: string) => {
      const group = page.getByRole('group', { name: `Attendance of ${name}` });
      await group.getByRole('button', { name: label }).click();
      await group.getByRole('button', { name: label, pressed: true }).waitFor();
    };
    await mark(present, 'Attended');
    await mark(late, 'Attended');
    await mark(absent, 'Absent');
    const noteSection = page.getByRole('region', { name: 'Group session note' });
    await noteSection.getByText(new RegExp(`records of those who attended: .*${present}`)).waitFor();
    await noteSection.getByText(new RegExp(`Not into the records of: ${absent}`)).waitFor();
    await noteSection.getByLabel('Group note').fill('Breathing practice; each client named an intention.');
    await noteSection.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Session note saved.').waitFor();
    await app.expectAccessible(page, 'journey-3-circle');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '.tmp/screenshots/journey-3-circle-360.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The note is in the attendee's record, not in the absent client's.
    const timelineNote = async (clientId: string) => {
      const t = await apiCall<{
        enrollments: Array<{ sessions: Array<{ id: string; note?: string | null }> }>;
      }>(page, 'GET', `/api/clients/${clientId}/timeline`);
      return t.enrollments[0]!.sessions.find((s) => s.id === day.circleId)?.note ?? null;
    };
    expect(await timelineNote(day.retreat[0]!.client.id)).toBe(
      'Breathing practice; each client named an intention.',
    );
    expect(await timelineNote(day.retreat[1]!.client.id)).toBeNull();
    // Every attendee's record: the one marked attended as well.
    expect(await timelineNote(day.retreat[2]!.client.id)).toBe(
      'Breathing practice; each client named an intention.',
    );

    // 3. The personal integration session: the client's scores since baseline on a chart.
    await page.goto(`${app.url}/today`);
    await page
      .getByRole('link', { name: /Personal integration/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Personal integration', level: 1 }).waitFor();
    const scores = page.getByRole('region', { name: 'Scores since baseline' });
    await scores.getByRole('tab', { name: 'PHQ-9' }).waitFor();
    await scores.locator('svg').first().waitFor();
    await app.expectAccessible(page, 'journey-3-integration');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '.tmp/screenshots/journey-3-integration-360.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 4. The ketamine day.
    await page.goto(`${app.url}/today`);
    await page
      .getByRole('link', { name: /Ketamine infusion \(today\)/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Ketamine infusion (today)', level: 1 }).waitFor();
    await page.getByRole('link', { name: `Dosing day for ${day.kap.client.name}` }).click();
    await page.getByRole('heading', { name: 'Dosing day', level: 1 }).waitFor();
    await page.getByText('Cleared for dosing').waitFor();

    // Baseline blood pressure: an impossible value is flagged while typing.
    const baseline = page.getByRole('region', { name: /Baseline vital signs/ });
    await baseline.getByLabel('Systolic BP (mmHg)').fill('500');
    await baseline.getByText(/must be between \d+ and \d+ mmHg/).waitFor();
    await baseline.getByLabel('Systolic BP (mmHg)').fill('128');
    await baseline.getByLabel('Diastolic BP (mmHg)').fill('82');
    await baseline.getByLabel('Heart rate (beats/min)').fill('72');
    await baseline.getByRole('button', { name: 'Save vital signs' }).click();
    await baseline.getByText('128/82').waitFor();

    // The dose: mg/kg computed from the weight as it is typed; route and lot.
    await page.getByRole('textbox', { name: /^Substance/ }).fill('Ketamine');
    await page.getByLabel('Route').selectOption('IV');
    await page.getByLabel('Dose (mg)').fill('40');
    await page.getByLabel('Body weight (kg)').fill('80');
    await page
      .getByText(/0\.5 mg\/kg/)
      .first()
      .waitFor();
    await page.getByLabel('Lot number').fill('KET-2026-117');
    await app.expectAccessible(page, 'journey-3-dose');
    await page.getByRole('button', { name: /save the dose/i }).click();
    await page.waitForURL(/\/dosing-records\/[0-9a-f-]{36}$/);
    await page.getByText('0.5 mg/kg').first().waitFor();
    await page.getByText('KET-2026-117').first().waitFor();

    // +40 minutes.
    await page.getByLabel('Systolic BP (mmHg)').fill('146');
    await page.getByLabel('Diastolic BP (mmHg)').fill('88');
    await page.getByRole('button', { name: 'Save vital signs' }).click();
    const recorded = page.getByRole('region', { name: 'Recorded vital signs' });
    await recorded.getByText('146/88').waitFor();
    await recorded.getByText('During the session').waitFor();

    // One adverse event: nausea, grade 1, resolved.
    await page.getByRole('combobox', { name: 'Type' }).fill('Nausea');
    await page.getByLabel('Grade').selectOption('1');
    await page.getByLabel('Action taken').selectOption({ index: 1 });
    await page.getByLabel('Outcome').selectOption('resolved');
    await page.getByRole('button', { name: 'Save adverse event' }).click();
    const events = page.getByRole('region', { name: /Adverse events/ });
    await events.getByText('Nausea').first().waitFor();
    await events
      .getByText(/Grade 1/)
      .first()
      .waitFor();
    await events
      .getByText(/Resolved/i)
      .first()
      .waitFor();

    // Discharge: vital signs, then readiness.
    await page.getByLabel('Phase').selectOption('discharge');
    await page.getByLabel('Systolic BP (mmHg)').fill('124');
    await page.getByLabel('Diastolic BP (mmHg)').fill('80');
    await page.getByLabel('Heart rate (beats/min)').fill('70');
    await page.getByRole('button', { name: 'Save vital signs' }).click();
    await recorded.getByText('124/80').waitFor();
    await page.getByLabel('Ready for discharge').check();
    await page.getByRole('button', { name: 'Save end and discharge' }).click();
    await page
      .getByText(/Discharged|Ready for discharge: yes/)
      .first()
      .waitFor();
    await app.expectAccessible(page, 'journey-3-dosing-record');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '.tmp/screenshots/journey-3-dosing-record-360.png', fullPage: true });
  }, 240_000);
});
