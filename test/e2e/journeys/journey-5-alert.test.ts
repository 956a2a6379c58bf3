/**
 * Journey 5 (../shared/product/journeys.md), "The clinician on duty answers an alert", in Chromium:
 * a facilitator enters the paper PHQ-9 a client handed in, item 9 answered 2. The clinician on duty
 * finds the alert in the queue (severity, client, the trigger "PHQ-9 item 9 = 2", the time in the
 * organization's zone), acknowledges it, calls, writes what was done and resolves it; the note stays
 * with the alert. The owner then reads the audit trail: who saw the client in the queue, who
 * acknowledged and resolved, and when.
 *
 * Steps from journeys.md → asserted at:
 *  - the queue shows severity, client, trigger (PHQ-9 item 9 = 2), time → "1."
 *  - the clinician calls, writes what was done, resolves it → "2." (the client's record, reached
 *    from the alert, dials his number with one tap; the note is required and kept with the
 *    resolved alert)
 *  - the audit trail shows who saw what and when → "3." (resolve, acknowledge, raise, response
 *    entry with actor and time; alert.list names the client the clinician saw)
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { apiCall, setupBrowserApp } from '../support.ts';

const app = setupBrowserApp();
const ZONE = 'Europe/Amsterdam';
const NOTE = 'Called Sem at 14:10; safety plan reviewed with him; seen in person tomorrow 09:00.';

const phq9 = (scores: number[]) => Object.fromEntries(scores.map((v, i) => [`q${i + 1}`, v]));

describe('journey 5: the clinician on duty answers an alert', () => {
  it('the queue names severity, client, trigger and time; the note resolves it; the audit trail shows who saw what', async () => {
    // A facilitator enters the PHQ-9 Sem filled in on paper after his session: item 9 answered 2.
    const facilitator = await app.newPage();
    await app.signIn(facilitator, 'facilitator@demo-retreat.example');
    const clinician = await app.newPage(undefined, { timezoneId: 'America/New_York' });
    await app.signIn(clinician, 'clinician@demo-retreat.example');
    const sem = await apiCall<{ id: string }>(clinician, 'POST', '/api/clients', {
      givenName: 'Sem',
      familyName: 'Alarm',
      dateOfBirth: '1982-07-07',
      sexAtBirth: 'male',
      phone: '+31 6 2222 3333',
    });
    await apiCall(facilitator, 'POST', `/api/clients/${sem.id}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9([2, 2, 1, 2, 1, 1, 1, 0, 2]),
    });

    // 1. The queue: severity in words, the client, the trigger, when it was raised.
    await clinician.goto(`${app.url}/alerts`);
    await clinician.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    const card = clinician.getByRole('article').filter({ hasText: 'Sem Alarm' }).first();
    await card.getByRole('heading', { name: 'Risk answer on PHQ-9' }).waitFor();
    await card.getByText('High severity').waitFor();
    await card.getByText('Open', { exact: true }).waitFor();
    await card.getByRole('link', { name: 'Sem Alarm' }).waitFor();
    await card.getByText('PHQ-9: Item 9 answered 2 (More than half the days)').waitFor();
    // The time in the organization's zone (Amsterdam, 24-hour), though this browser is in New York.
    const raised = card.locator('time').first();
    const at = DateTime.fromISO((await raised.getAttribute('datetime'))!).setZone(ZONE);
    expect(Math.abs(at.diffNow('minutes').minutes)).toBeLessThan(10);
    expect(await raised.textContent()).toContain(at.toFormat('HH:mm'));
    await app.expectAccessible(clinician, 'journey-5-queue');

    // 2. She takes it, calls, writes what was done and resolves it; the note is required.
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByText(/^Acknowledged by Chris Clinician/).waitFor();
    // The client's name leads to his record, where his number dials with one tap.
    await card.getByRole('link', { name: 'Sem Alarm' }).click();
    await clinician.getByRole('heading', { name: 'Sem Alarm', level: 1 }).waitFor();
    const call = clinician.getByRole('link', { name: '+31 6 2222 3333' });
    expect(await call.getAttribute('href')).toBe('tel:+31622223333');
    await clinician.goBack();
    await card.getByText(/^Acknowledged by Chris Clinician/).waitFor();
    await card.getByRole('button', { name: 'Resolve' }).click();
    const dialog = clinician.getByRole('dialog', { name: 'Resolve alert' });
    await dialog.getByRole('button', { name: 'Resolve alert' }).click();
    await dialog.getByText('Write what was done before resolving the alert.').waitFor();
    await dialog.getByLabel('What was done').fill(NOTE);
    await app.expectAccessible(clinician, 'journey-5-resolve');
    await dialog.getByRole('button', { name: 'Resolve alert' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await clinician.getByRole('article').filter({ hasText: 'Sem Alarm' }).count()).toBe(0);
    await clinician.locator('label[for$="-resolved"]').click();
    const done = clinician.getByRole('article').filter({ hasText: 'Sem Alarm' }).first();
    await done.getByText(NOTE).waitFor();
    await done.getByText(/^Resolved by Chris Clinician/).waitFor();
    await app.expectAccessible(clinician, 'journey-5-resolved');

    // 3. The owner reads the audit trail for Sem: who acknowledged and resolved, and when.
    const owner = await app.newPage();
    await app.signIn(owner, 'owner@demo-retreat.example');
    await owner.goto(`${app.url}/audit?entityType=client&entityId=${sem.id}`);
    await owner.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    const events = owner.getByRole('region', { name: 'Audit events' });
    for (const [action, who] of [
      ['alert.resolve', 'clinician@demo-retreat.example'],
      ['alert.acknowledge', 'clinician@demo-retreat.example'],
      ['alert.raise', null],
      ['response.create', 'facilitator@demo-retreat.example'],
    ] as const) {
      const row = events.getByRole('row').filter({ hasText: action }).first();
      await row.waitFor();
      if (who) await row.getByText(who).waitFor();
      expect(await row.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    // The note's text never enters the trail: only that one was written.
    expect(await events.getByText(/safety plan/).count()).toBe(0);
    await app.expectAccessible(owner, 'journey-5-audit');

    // Who saw Sem in the queue: the clinician's alert.list events name him.
    await owner.goto(`${app.url}/audit?action=alert.list`);
    const seen = owner
      .getByRole('region', { name: 'Audit events' })
      .getByRole('row')
      .filter({ hasText: 'clinician@demo-retreat.example' })
      .filter({ hasText: sem.id });
    await seen.first().waitFor();
  }, 240_000);
});
