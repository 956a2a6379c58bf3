/**
 * Well-formed bodies and path-param ids for the front-office routes, for the malformed-input
 * property test (spread into its bodies and ids).
 */
import { ALL_NO, LISTING } from './front-office-cases.ts';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

export const FRONT_OFFICE_BODIES: Record<string, Record<string, unknown>> = {
  'PUT /api/cohorts/:id/listing': LISTING,
  'POST /api/applications/:id/decision': { decision: 'ineligible', reasons: ['Fuzz'], version: 1 },
  'POST /api/offers/:id/status': { status: 'withdrawn' },
  'POST /api/public/organizations/:orgSlug/applications': {
    cohortId: SOME_ID,
    givenName: 'Fuzz',
    familyName: 'Applicant',
    email: 'fuzz@example.nl',
    dateOfBirth: '1985-03-04',
    language: 'nl',
    answers: ALL_NO,
  },
  'POST /api/public/offers/:token': { answer: 'decline' },
};

export const FRONT_OFFICE_IDS: Record<string, string> = {
  orgSlug: 'no-such-organization',
  cohortId: SOME_ID,
  token: 'not-a-real-offer-token-0000000000000000',
};
