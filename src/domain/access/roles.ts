/**
 * Roles and the permission matrix: one declared table of role × action, enforced by the server on
 * every route (each route names the action it needs). Least privilege: a role gets only what its
 * work needs.
 */
export const ROLES = ['owner', 'clinician', 'facilitator', 'intake', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: 'Runs the organization: every permission, including members, settings and the audit trail.',
  clinician: 'Clinical care: client records with clinical notes, eligibility and clinical decisions.',
  facilitator: 'Runs sessions: reads client records and clinical notes, writes session notes.',
  intake: 'Screening, scheduling and enrollment: client demographics and contact details, no clinical notes.',
  researcher: 'De-identified outcome data only: no identifiable client records.',
};

export const ACTIONS = [
  'client.read',
  'client.create',
  'client.update',
  'client.archive',
  'client.export',
  'client.erase',
  'data-rights.read',
  'client.import',
  'client.notes.read',
  'client.notes.write',
  'response.read',
  'response.create',
  'response.import',
  'instrument.read',
  'instrument.translate',
  'audit.read',
  'member.read',
  'member.manage',
  'organization.read',
  'organization.update',
  'crisis-line.manage',
  'evidence.read',
  'evidence.curate',
  'meta.run',
  'program.read',
  'program.manage',
  'room.manage',
  'cohort.manage',
  'lodging.read',
  'lodging.manage',
  'enrollment.read',
  'enrollment.manage',
  'payment.read',
  'payment.manage',
  'screening.record',
  'screening.decide',
  'medication.read',
  'medication.record',
  'medication.confirm',
  'consent.manage',
  'session.read',
  'session.schedule',
  'session.run',
  'dosing.read',
  'dosing.record',
  'dosing.override',
  'lot.read',
  'lot.manage',
  'dosing.flag',
  'integration.read',
  'calendar.feed',
  'alert.read',
  'alert.manage',
  'outbox.read',
  'invitation.read',
  'invitation.send',
  'portal.invite',
  'outcome.read',
  'outcome.publish',
  'token.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const MATRIX: Record<Action, readonly Role[]> = {
  'client.read': ['owner', 'clinician', 'facilitator', 'intake'],
  'client.create': ['owner', 'clinician', 'intake'],
  'client.update': ['owner', 'clinician', 'intake'],
  'client.archive': ['owner', 'clinician'],
  // A client's copy of their whole record (GDPR Art. 15) holds clinical notes, answers and doses:
  // those who read all of it. Erasure and restriction answer for the retention duty: the owner.
  'client.export': ['owner', 'clinician'],
  'client.erase': ['owner'],
  'data-rights.read': ['owner'],
  // Bringing a clinic's existing client list in: the owner and intake, who set up client records.
  'client.import': ['owner', 'intake'],
  'client.notes.read': ['owner', 'clinician', 'facilitator'],
  'client.notes.write': ['owner', 'clinician', 'facilitator'],
  // Questionnaire answers are clinical data (PHQ-9 item 9 asks about self-harm): not for intake.
  'response.read': ['owner', 'clinician', 'facilitator'],
  'response.create': ['owner', 'clinician', 'facilitator'],
  // Bulk history raises every risk alert it holds: the owner and clinicians, who act on alerts.
  'response.import': ['owner', 'clinician'],
  'instrument.read': ['owner', 'clinician', 'facilitator', 'intake', 'researcher'],
  // A translation changes what clients are asked (item 9 of the PHQ-9 included): those who answer
  // for the clinical content and hold the licence, owners and clinicians.
  'instrument.translate': ['owner', 'clinician'],
  'audit.read': ['owner'],
  'member.read': ['owner'],
  'member.manage': ['owner'],
  'organization.read': ['owner', 'clinician', 'facilitator', 'intake', 'researcher'],
  'organization.update': ['owner'],
  // The crisis lines a client is shown after a risk answer are part of the clinical safety
  // protocol: set by owners and the clinicians who answer the alerts, not by other staff.
  'crisis-line.manage': ['owner', 'clinician'],
  // The evidence library is installation-wide published literature, not client data.
  'evidence.read': ['owner', 'clinician', 'facilitator', 'intake', 'researcher'],
  'evidence.curate': ['owner', 'clinician', 'researcher'],
  // Meta-analysis of published evidence: computation on data the user sends, no client records.
  'meta.run': ['owner', 'clinician', 'facilitator', 'intake', 'researcher'],
  // Program definitions describe a service, not a person: researchers read them to interpret outcomes.
  'program.read': ['owner', 'clinician', 'facilitator', 'intake', 'researcher'],
  // Clinical leads design programs and their consent documents.
  'program.manage': ['owner', 'clinician'],
  'room.manage': ['owner', 'clinician', 'intake'],
  'cohort.manage': ['owner', 'clinician', 'intake'],
  // Beds, nights, diet and access needs: the house list is read by those who run the retreat;
  // allocation is made by those who book clients in.
  'lodging.read': ['owner', 'clinician', 'facilitator', 'intake'],
  'lodging.manage': ['owner', 'clinician', 'intake'],
  'enrollment.read': ['owner', 'clinician', 'facilitator', 'intake'],
  'enrollment.manage': ['owner', 'clinician', 'intake'],
  // Booking payments (amounts, invoices, refunds) are the front office's work: the owner and intake,
  // who book clients in. Clinical roles do not need a client's finances.
  'payment.read': ['owner', 'intake'],
  'payment.manage': ['owner', 'intake'],
  // Intake runs the contraindication checklist; only a clinician decides and signs eligibility.
  'screening.record': ['owner', 'clinician', 'intake'],
  'screening.decide': ['owner', 'clinician'],
  // A client's medications decide clearance: read by those who screen and run sessions; recorded
  // as the client reports them by intake; confirmed (or removed when entered in error) by clinicians.
  'medication.read': ['owner', 'clinician', 'facilitator', 'intake'],
  'medication.record': ['owner', 'clinician', 'intake'],
  'medication.confirm': ['owner', 'clinician'],
  'consent.manage': ['owner', 'clinician'],
  'session.read': ['owner', 'clinician', 'facilitator', 'intake'],
  'session.schedule': ['owner', 'clinician', 'intake'],
  // Attendance and session notes are written by those who run the sessions.
  'session.run': ['owner', 'clinician', 'facilitator'],
  // Dosing records (doses, vitals, adverse events) are clinical data: not for intake.
  'dosing.read': ['owner', 'clinician', 'facilitator'],
  'dosing.record': ['owner', 'clinician', 'facilitator'],
  // Giving a dose after a baseline blood pressure above the program's limit is a clinical decision:
  // only clinicians (and owners) record that override, with a reason.
  'dosing.override': ['owner', 'clinician'],
  // Lots and their assays hold no client data: read by those who give doses; recorded by those who
  // answer for what is given (the psilocybin mg of a truffle dose comes from the assay).
  'lot.read': ['owner', 'clinician', 'facilitator'],
  'lot.manage': ['owner', 'clinician'],
  // The facilitator's difficult-session flag: whoever runs the dosing day.
  'dosing.flag': ['owner', 'clinician', 'facilitator'],
  // Integration contacts name flagged and challenging sessions: clinical staff, not intake.
  'integration.read': ['owner', 'clinician', 'facilitator'],
  'calendar.feed': ['owner', 'clinician', 'facilitator', 'intake'],
  // Safety alerts carry risk answers and vitals: the clinicians who act on them.
  'alert.read': ['owner', 'clinician'],
  'alert.manage': ['owner', 'clinician'],
  // Outgoing messages hold clients' addresses and links: those who contact clients.
  'outbox.read': ['owner', 'clinician', 'intake'],
  // Which questionnaires were sent and answered (not the answers): also for intake, who chase them.
  'invitation.read': ['owner', 'clinician', 'intake'],
  // Sending a questionnaire now (or again) instead of waiting for the scheduler: those who chase them.
  'invitation.send': ['owner', 'clinician', 'intake'],
  // Emailing a client a portal sign-in link: those who contact clients.
  'portal.invite': ['owner', 'clinician', 'intake'],
  // Program outcomes are aggregates; researchers get them and a de-identified CSV (no names, ids
  // or real dates). Clinical leads get the identified CSV for their own follow-up.
  'outcome.read': ['owner', 'clinician', 'researcher'],
  // Publishing a program's outcome summary speaks for the clinic in public: clinical leads and owners.
  'outcome.publish': ['owner', 'clinician'],
  // API tokens act for a member without a browser: only the owner issues and revokes them.
  'token.manage': ['owner'],
};

export function can(role: Role, action: Action): boolean {
  return MATRIX[action].includes(role);
}

export function permissionsOf(role: Role): Action[] {
  return ACTIONS.filter((a) => can(role, a));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
