/**
 * Well-formed bodies and path-param ids for the session, dosing, calendar-feed and timeline routes,
 * for the malformed-input property test (spread into its validBodies and ids).
 */
import { ceqAnswers, TEST_CEQ_COPY } from './ceq-copy.ts';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

export const SESSION_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/sessions': {
    enrollmentId: SOME_ID,
    name: 'Extra check-in',
    phase: 'integration',
    startsAt: '2030-01-07T09:00:00.000Z',
    endsAt: '2030-01-07T10:00:00.000Z',
    roomId: null,
    facilitatorIds: [],
    dosing: null,
  },
  'POST /api/sessions/:id/reschedule': {
    startsAt: '2030-01-07T09:00:00.000Z',
    endsAt: '2030-01-07T10:00:00.000Z',
    reason: 'Client asked',
    version: 1,
  },
  'POST /api/sessions/:id/cancel': { reason: 'Room closed', version: 1 },
  'PUT /api/sessions/:id/facilitators': { userIds: [SOME_ID], version: 1 },
  'PUT /api/sessions/:id/attendance': { enrollmentId: SOME_ID, attendance: 'attended' },
  'PUT /api/sessions/:id/note': { note: 'Went well.', version: 1 },
  'POST /api/sessions/:id/dosing-records': {
    enrollmentId: SOME_ID,
    substance: 'ketamine',
    doseMg: 35,
    weightKg: 70,
    route: 'IM',
    lotNumber: 'LOT-1',
    startedAt: '2030-01-07T09:00:00.000Z',
  },
  'PUT /api/dosing-records/:id': {
    version: 1,
    endedAt: null,
    dischargeReady: false,
    dischargedAt: null,
    dischargeNote: null,
    notes: null,
  },
  'POST /api/sessions/:id/dosing-day/:enrollmentId/vitals': {
    measuredAt: '2030-01-07T08:50:00.000Z',
    systolic: 120,
    diastolic: 80,
    heartRate: 70,
    spo2: 98,
  },
  'POST /api/vital-signs/:id/override': { reason: 'Home readings are normal' },
  'POST /api/dosing-records/:id/vitals': {
    phase: 'during',
    measuredAt: '2030-01-07T08:50:00.000Z',
    systolic: 120,
    diastolic: 80,
    heartRate: 70,
    spo2: 98,
  },
  'POST /api/dosing-records/:id/adverse-events': {
    type: 'nausea',
    grade: 1,
    action: 'observation',
    outcome: 'resolved',
    onsetAt: '2030-01-07T10:00:00.000Z',
    notes: null,
  },
  'PUT /api/dosing-records/:id/difficult': { difficult: true, note: 'Hard peak' },
  'POST /api/calendar-feeds': { ownerType: 'user', ownerId: SOME_ID },
  'POST /api/lots': {
    code: 'LOT-1',
    substanceKind: 'psilocybin-truffles',
    supplier: null,
    receivedOn: '2030-01-02',
    notes: null,
  },
  'POST /api/lots/:id/assays': {
    psilocybinMgPerG: 1.2,
    psilocinMgPerG: 0.3,
    basis: 'fresh',
    lab: 'Lab',
    assayedOn: '2030-01-03',
  },
  'PUT /api/ceq/copy': TEST_CEQ_COPY,
  'POST /api/ceq/score': { answers: ceqAnswers(1) },
  'PUT /api/sessions/:id/setting': {
    musicProgram: 'Playlist',
    sitters: 2,
    groupSize: 6,
    eyeshades: 'worn',
    notes: null,
  },
};

/** Path params of these routes besides `id`: a well-formed feed token that opens nothing (404). */
export const SESSION_IDS: Record<string, string> = {
  token: 'A'.repeat(43),
  enrollmentId: SOME_ID,
};
