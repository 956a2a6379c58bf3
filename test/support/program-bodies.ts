/**
 * Well-formed bodies and path-param ids for the program, room, cohort and enrollment routes, for
 * the malformed-input property test (spread into its validBodies and ids).
 */
import { templateById } from '../../src/domain/programs/templates/index.ts';
import { CONSENT_TEXT } from './program-fixtures.ts';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const definition = templateById('kap-yermus-2023')!.definition;

export const PROGRAM_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/programs': { templateId: 'kap-yermus-2023' },
  'POST /api/programs/preview': { definition, startDate: '2030-01-07', timezone: 'Europe/Amsterdam' },
  'PUT /api/programs/:id': { baseVersion: 1, definition },
  'POST /api/programs/:id/consent-documents': CONSENT_TEXT,
  'POST /api/rooms': { name: 'Fuzz room', capacity: 4 },
  'PUT /api/rooms/:id': { name: 'Fuzz room', capacity: 4 },
  'POST /api/cohorts': {
    programId: SOME_ID,
    name: 'Fuzz cohort',
    startDate: '2030-06-10',
    location: null,
    roomId: null,
    capacity: 8,
    facilitatorIds: [],
  },
  'PUT /api/cohorts/:id': {
    version: 1,
    name: 'Fuzz cohort',
    location: null,
    roomId: null,
    capacity: 8,
    facilitatorIds: [],
  },
  'POST /api/enrollments': { clientId: SOME_ID, programId: SOME_ID, startDate: '2030-01-07' },
  'POST /api/enrollments/:id/transitions': { to: 'screening', reason: null, version: 1 },
  'PUT /api/enrollments/:id/facilitator': { userId: null, version: 1 },
  'POST /api/enrollments/:id/screenings': {
    answers: { 'fuzz-item': 'no' },
    medications: [{ name: 'Sertraline', dose: '50 mg', frequency: 'daily' }],
    vitals: { systolic: 120, diastolic: 80, measuredAt: '2030-01-01T09:00:00.000Z' },
    notes: null,
  },
  'POST /api/enrollments/:id/screenings/:screeningId/decision': {
    decision: 'eligible',
    rationale: 'No contraindications.',
  },
  'POST /api/enrollments/:id/consents': {
    documentVersion: 1,
    signedAt: '2030-01-01T09:00:00.000Z',
    method: 'in-person signature',
  },
};

/** Path params of these routes besides `id` (a random screening id answers 404, which the test allows). */
export const PROGRAM_IDS: Record<string, string> = {
  version: '1',
  screeningId: SOME_ID,
  modality: 'ketamine',
};
