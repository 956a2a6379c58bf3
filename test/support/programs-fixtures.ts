/**
 * Program data written straight through Kysely, for tests of sessions, calendar feeds, dosing and
 * timelines that need programs, cohorts, enrollments, sessions, screenings and consents to exist
 * without going through the program routes. Every row belongs to the organization given.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { Phase, PlannedDose, ProgramDefinition } from '../../src/domain/programs/types.ts';
import { documentSha256 } from '../../src/server/consents/hash.ts';

type Db = Kysely<Database>;

const now = () => new Date().toISOString();

/** A small cohort program: personal preparation, a group dosing day, group integration; GAD-7 around dosing. */
export function testDefinition(over: Partial<ProgramDefinition> = {}): ProgramDefinition {
  return {
    name: 'Test psilocybin retreat',
    description: 'A program for tests.',
    modality: 'psilocybin',
    format: 'cohort',
    arms: [],
    sessions: [
      {
        key: 'prep',
        name: 'Preparation',
        phase: 'preparation',
        kind: 'personal',
        dosing: null,
        days: [-7],
        startTime: '10:00',
        durationMinutes: 60,
        facilitatorsNeeded: 1,
        arms: null,
        description: '',
      },
      {
        key: 'dosing',
        name: 'Dosing day',
        phase: 'immersion',
        kind: 'group',
        dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
        days: [0],
        startTime: '09:00',
        durationMinutes: 480,
        facilitatorsNeeded: 2,
        arms: null,
        description: '',
      },
      {
        key: 'integration',
        name: 'Integration circle',
        phase: 'integration',
        kind: 'group',
        dosing: null,
        days: [1],
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 1,
        arms: null,
        description: '',
      },
    ],
    assessments: [
      {
        key: 'gad-baseline',
        instrumentId: 'gad-7',
        label: 'Baseline',
        anchor: 'start',
        dosingNumbers: null,
        offset: { amount: -7, unit: 'days' },
        window: { beforeDays: 7, afterDays: 7 },
        arms: null,
      },
      {
        key: 'gad-after',
        instrumentId: 'gad-7',
        label: '+1 week after dosing',
        anchor: 'last-dosing',
        dosingNumbers: null,
        offset: { amount: 7, unit: 'days' },
        window: { beforeDays: 2, afterDays: 3 },
        arms: null,
      },
    ],
    safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 },
    source: null,
    ...over,
  };
}

export interface SeededProgram {
  programId: string;
  version: number;
  consentDocumentId: string;
  consentVersion: number;
  definition: ProgramDefinition;
}

export async function seedProgram(
  db: Db,
  organizationId: string,
  opts: { definition?: ProgramDefinition; consentVersions?: number } = {},
): Promise<SeededProgram> {
  const definition = opts.definition ?? testDefinition();
  const programId = randomUUID();
  const at = now();
  await db
    .insertInto('programs')
    .values({
      id: programId,
      organization_id: organizationId,
      name: definition.name,
      modality: definition.modality,
      format: definition.format,
      template_id: null,
      current_version: 1,
      archived_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('program_versions')
    .values({
      id: randomUUID(),
      organization_id: organizationId,
      program_id: programId,
      version: 1,
      definition: JSON.stringify(definition),
      created_by_user_id: null,
      created_at: at,
    })
    .execute();
  let consentDocumentId = '';
  const versions = opts.consentVersions ?? 1;
  for (let v = 1; v <= versions; v++)
    consentDocumentId = await seedConsentDocument(db, organizationId, programId, v);
  return { programId, version: 1, consentDocumentId, consentVersion: versions, definition };
}

export async function seedConsentDocument(
  db: Db,
  organizationId: string,
  programId: string,
  version: number,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('consent_documents')
    .values({
      id,
      organization_id: organizationId,
      program_id: programId,
      version,
      title: `Consent v${version}`,
      body: 'I consent.',
      sha256: documentSha256('I consent.'),
      created_by_user_id: null,
      created_at: now(),
    })
    .execute();
  return id;
}

export async function seedRoom(
  db: Db,
  organizationId: string,
  opts: { name?: string; capacity?: number } = {},
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('rooms')
    .values({
      id,
      organization_id: organizationId,
      name: opts.name ?? 'Garden room',
      capacity: opts.capacity ?? 8,
      archived_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export async function seedCohort(
  db: Db,
  organizationId: string,
  opts: {
    programId: string;
    name?: string;
    startDate: string;
    roomId?: string | null;
    location?: string | null;
    capacity?: number;
    facilitatorIds?: string[];
  },
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('cohorts')
    .values({
      id,
      organization_id: organizationId,
      program_id: opts.programId,
      program_version: 1,
      name: opts.name ?? 'Spring cohort',
      start_date: opts.startDate,
      location: opts.location ?? null,
      room_id: opts.roomId ?? null,
      capacity: opts.capacity ?? 8,
      version: 1,
      cancelled_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const userId of opts.facilitatorIds ?? [])
    await db
      .insertInto('cohort_facilitators')
      .values({ cohort_id: id, organization_id: organizationId, user_id: userId })
      .execute();
  return id;
}

export async function seedEnrollment(
  db: Db,
  organizationId: string,
  opts: {
    clientId: string;
    programId: string;
    cohortId?: string | null;
    arm?: string | null;
    startDate: string;
    status?: string;
    createdAt?: string;
  },
): Promise<string> {
  const id = randomUUID();
  const at = opts.createdAt ?? now();
  await db
    .insertInto('enrollments')
    .values({
      id,
      organization_id: organizationId,
      client_id: opts.clientId,
      program_id: opts.programId,
      program_version: 1,
      cohort_id: opts.cohortId ?? null,
      arm: opts.arm ?? null,
      start_date: opts.startDate,
      status: opts.status ?? 'referred',
      status_reason: null,
      status_changed_at: at,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export async function seedScreening(
  db: Db,
  organizationId: string,
  opts: { enrollmentId: string; clientId: string; decision: 'eligible' | 'ineligible' | null },
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('screenings')
    .values({
      id,
      organization_id: organizationId,
      enrollment_id: opts.enrollmentId,
      client_id: opts.clientId,
      modality: 'psilocybin',
      checklist_version: '1',
      answers: '{}',
      medications: '[]',
      vitals: JSON.stringify({
        systolic: null,
        diastolic: null,
        heartRate: null,
        spo2: null,
        weightKg: null,
        heightCm: null,
        measuredAt: null,
      }),
      notes: null,
      recorded_by_user_id: null,
      recorded_at: at,
      decision: opts.decision,
      rationale: opts.decision ? 'Reviewed' : null,
      decided_by_user_id: null,
      decided_at: opts.decision ? at : null,
    })
    .execute();
  return id;
}

export async function seedConsent(
  db: Db,
  organizationId: string,
  opts: { enrollmentId: string; clientId: string; documentId: string; version: number },
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('consents')
    .values({
      id,
      organization_id: organizationId,
      enrollment_id: opts.enrollmentId,
      client_id: opts.clientId,
      document_id: opts.documentId,
      document_version: opts.version,
      signed_at: at,
      method: 'in-person signature',
      document_sha256: documentSha256('I consent.'),
      recorded_by_user_id: null,
      created_at: at,
      withdrawn_at: null,
    })
    .execute();
  return id;
}

export interface SeedAttendee {
  enrollmentId: string;
  clientId: string;
  booking?: 'booked' | 'held';
}

export async function seedSession(
  db: Db,
  organizationId: string,
  opts: {
    programId: string;
    cohortId?: string | null;
    enrollmentId?: string | null;
    planKey?: string | null;
    name?: string;
    phase?: Phase;
    kind?: 'personal' | 'group';
    dosing?: PlannedDose | null;
    startsAt: string;
    endsAt: string;
    roomId?: string | null;
    status?: 'scheduled' | 'completed' | 'cancelled';
    facilitatorIds?: string[];
    attendees?: SeedAttendee[];
  },
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('program_sessions')
    .values({
      id,
      organization_id: organizationId,
      program_id: opts.programId,
      cohort_id: opts.cohortId ?? null,
      enrollment_id: opts.enrollmentId ?? null,
      plan_key: opts.planKey ?? null,
      occurrence: 1,
      name: opts.name ?? 'Session',
      phase: opts.phase ?? 'preparation',
      kind: opts.kind ?? 'personal',
      dosing: opts.dosing ? 1 : 0,
      planned_dose: opts.dosing ? JSON.stringify(opts.dosing) : null,
      arms: null,
      starts_at: opts.startsAt,
      ends_at: opts.endsAt,
      room_id: opts.roomId ?? null,
      status: opts.status ?? 'scheduled',
      status_reason: null,
      note: null,
      note_by_user_id: null,
      note_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const userId of opts.facilitatorIds ?? [])
    await db
      .insertInto('session_facilitators')
      .values({ session_id: id, organization_id: organizationId, user_id: userId })
      .execute();
  for (const a of opts.attendees ?? [])
    await db
      .insertInto('session_attendees')
      .values({
        session_id: id,
        organization_id: organizationId,
        enrollment_id: a.enrollmentId,
        client_id: a.clientId,
        booking: a.booking ?? 'booked',
        attendance: null,
        attendance_at: null,
        attendance_by_user_id: null,
      })
      .execute();
  return id;
}

/** An enrollment in a given status; 'cleared' adds an eligible screening and consent to the current document. */
export async function seedClient(db: Db, organizationId: string, name = 'Test'): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('clients')
    .values({
      id,
      organization_id: organizationId,
      given_name: name,
      family_name: 'Client',
      preferred_name: null,
      date_of_birth: '1980-05-17',
      sex_at_birth: 'female',
      gender: null,
      email: null,
      phone: null,
      address: null,
      emergency_contact_name: null,
      emergency_contact_relationship: null,
      emergency_contact_phone: null,
      notes: null,
      search_text: `${name} client`.toLowerCase(),
      version: 1,
      created_at: at,
      updated_at: at,
      archived_at: null,
    })
    .execute();
  return id;
}

/**
 * A client enrolled in `program`: `consented` (eligible screening + consent to the current
 * document: cleared for dosing), or an earlier status with what that status implies.
 */
export async function seedEnrolledClient(
  db: Db,
  organizationId: string,
  program: SeededProgram,
  opts: {
    cohortId?: string | null;
    startDate: string;
    status?: 'referred' | 'screening' | 'eligible' | 'consented' | 'active';
    name?: string;
    clientId?: string;
  },
): Promise<{ clientId: string; enrollmentId: string }> {
  const clientId = opts.clientId ?? (await seedClient(db, organizationId, opts.name));
  const status = opts.status ?? 'consented';
  const enrollmentId = await seedEnrollment(db, organizationId, {
    clientId,
    programId: program.programId,
    cohortId: opts.cohortId ?? null,
    startDate: opts.startDate,
    status,
  });
  if (status === 'eligible' || status === 'consented' || status === 'active')
    await seedScreening(db, organizationId, { enrollmentId, clientId, decision: 'eligible' });
  if (status === 'consented' || status === 'active')
    await seedConsent(db, organizationId, {
      enrollmentId,
      clientId,
      documentId: program.consentDocumentId,
      version: program.consentVersion,
    });
  return { clientId, enrollmentId };
}

/** 'YYYY-MM-DDTHH:MM:00.000Z' `days` from today (UTC) at a UTC hour. */
export function dayAt(days: number, hour: number, minute = 0): string {
  const d = new Date();
  return new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days, hour, minute),
  ).toISOString();
}

export const addMinutes = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

export async function seedDosingRecord(
  db: Db,
  organizationId: string,
  opts: { sessionId: string; enrollmentId: string; clientId: string; startedAt: string },
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('dosing_records')
    .values({
      id,
      organization_id: organizationId,
      session_id: opts.sessionId,
      enrollment_id: opts.enrollmentId,
      client_id: opts.clientId,
      substance: 'psilocybin',
      dose_mg: 25,
      weight_kg: 70,
      route: 'oral',
      lot_number: null,
      started_at: opts.startedAt,
      ended_at: null,
      discharge_ready: 0,
      discharged_at: null,
      discharge_note: null,
      notes: null,
      recorded_by_user_id: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** A baseline vital-sign set of a client's dosing day (before the dose); flags as given. */
export async function seedBaseline(
  db: Db,
  organizationId: string,
  opts: {
    sessionId: string;
    enrollmentId: string;
    measuredAt: string;
    systolic: number;
    diastolic: number;
    flagged?: boolean;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('vital_signs')
    .values({
      id,
      organization_id: organizationId,
      session_id: opts.sessionId,
      enrollment_id: opts.enrollmentId,
      dosing_record_id: null,
      phase: 'baseline',
      measured_at: opts.measuredAt,
      systolic: opts.systolic,
      diastolic: opts.diastolic,
      heart_rate: null,
      spo2: null,
      flags: JSON.stringify(opts.flagged ? [{ field: 'systolic', message: 'above the limit' }] : []),
      override_reason: null,
      override_by_user_id: null,
      override_at: null,
      recorded_by_user_id: null,
      created_at: now(),
    })
    .execute();
  return id;
}

/**
 * A small world for route-by-route tests (permission matrix, malformed input): a cohort program
 * with one cleared client, a past dosing session they are booked in with a dose recorded, and
 * helpers for fresh sessions and doses (each at its own time, so none double-books another).
 */
export interface SessionWorld {
  programId: string;
  cohortId: string;
  clientId: string;
  enrollmentId: string;
  dosingSessionId: string;
  dosingRecordId: string;
  /** A fresh personal session of the client (version 1), in its own hour. */
  newSession(): Promise<string>;
  /** A fresh baseline above the limits (a fresh one can be overridden once), before the normal one. */
  newFlaggedBaseline(): Promise<string>;
  /** A fresh dosing record (version 1) in the dosing session. */
  newDosingRecord(): Promise<string>;
  /** An hour nobody is booked in: [startsAt, endsAt). */
  freeSlot(): { startsAt: string; endsAt: string };
}

export async function seedSessionWorld(db: Db, organizationId: string): Promise<SessionWorld> {
  const program = await seedProgram(db, organizationId);
  const startDate = dayAt(-1, 0).slice(0, 10);
  const cohortId = await seedCohort(db, organizationId, { programId: program.programId, startDate });
  const { clientId, enrollmentId } = await seedEnrolledClient(db, organizationId, program, {
    cohortId,
    startDate,
    name: 'World',
  });
  const dosingSessionId = await seedSession(db, organizationId, {
    programId: program.programId,
    cohortId,
    name: 'Dosing day',
    phase: 'immersion',
    kind: 'group',
    dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
    startsAt: dayAt(-1, 9),
    endsAt: dayAt(-1, 17),
    attendees: [{ clientId, enrollmentId, booking: 'booked' }],
  });
  const record = () =>
    seedDosingRecord(db, organizationId, {
      sessionId: dosingSessionId,
      enrollmentId,
      clientId,
      startedAt: dayAt(-1, 9),
    });
  const dosingRecordId = await record();
  // The day's baseline within the program's limits (160/100): a dose may be recorded.
  const baseline = { sessionId: dosingSessionId, enrollmentId, systolic: 120, diastolic: 80 };
  await seedBaseline(db, organizationId, { ...baseline, measuredAt: dayAt(-1, 8, 55) });
  let flagged = 0;
  const newFlaggedBaseline = () =>
    seedBaseline(db, organizationId, {
      ...baseline,
      systolic: 180,
      flagged: true,
      measuredAt: dayAt(-1, 8, ++flagged % 50),
    });
  let n = 0;
  const freeSlot = () => {
    const startsAt = new Date(Date.UTC(2031, 0, 1) + ++n * 2 * 3_600_000).toISOString();
    return { startsAt, endsAt: addMinutes(startsAt, 60) };
  };
  return {
    programId: program.programId,
    cohortId,
    clientId,
    enrollmentId,
    dosingSessionId,
    dosingRecordId,
    freeSlot,
    newDosingRecord: record,
    newFlaggedBaseline,
    newSession: () =>
      seedSession(db, organizationId, {
        programId: program.programId,
        cohortId,
        enrollmentId,
        name: 'Preparation',
        ...freeSlot(),
        attendees: [{ clientId, enrollmentId, booking: 'booked' }],
      }),
  };
}
