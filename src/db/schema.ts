/**
 * The Kysely database type: one interface per table, column names as stored.
 * Dates are ISO-8601 UTC strings on both dialects (see dialect.ts for how PostgreSQL's
 * timestamptz is normalised on read). Flags are integers 0/1 on both dialects.
 */
import type { Generated } from 'kysely';

export interface OrganizationTable {
  id: string;
  slug: string;
  name: string;
  require_two_factor: number;
  /** IANA time zone for local session times, e.g. 'Europe/Amsterdam'. */
  timezone: Generated<string>;
  /** How dates, times and numbers are written, and the staff's default language: 'nl-NL', 'en-GB', 'en-US' (0016). */
  locale: Generated<string>;
  /** Shown to a client right after an answer that signals risk; null: the built-in default. */
  crisis_message: string | null;
  /** The clinic's own phone number, shown to a client after a risk answer; null: not set. */
  phone: string | null;
  /** Secret for researchers' pseudonyms and per-client date shifts; created on first use. */
  research_key: string | null;
  /** Researchers' aggregates over fewer clients are withheld (migration 0010-disclosure-control). */
  min_cell_size: Generated<number>;
  /** Years a medical record is kept after the last treatment (WGBO, Art. 7:454 BW: 20). */
  retention_years: Generated<number>;
  /** A CEQ total above it is a challenging experience (0035); null: not set. */
  ceq_threshold: number | null;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  password_changed_at: string;
  created_at: string;
  disabled_at: string | null;
}

export interface MembershipTable {
  organization_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  organization_id: string | null;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ClientTable {
  id: string;
  organization_id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  sex_at_birth: string;
  gender: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  emergency_contact_name: string | null;
  emergency_contact_relationship: string | null;
  emergency_contact_phone: string | null;
  notes: string | null;
  search_text: string;
  /** The portal's language: 'en' or 'nl'. */
  language: Generated<string>;
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  /** Set while an erasure waits for the end of the retention period, or on a restriction request. */
  restricted_at: string | null;
}

export interface AuditEventTable {
  seq: Generated<number>;
  organization_id: string | null;
  actor_user_id: string | null;
  actor_label: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  at: string;
  ip: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The audit chain's entry count and head, moved forward with every append (detects truncation). */
export interface AuditAnchorTable {
  id: number;
  entries: number;
  head_seq: number;
  head_hash: string;
  updated_at: string;
}

export interface QuestionnaireResponseTable {
  id: string;
  organization_id: string;
  client_id: string;
  instrument_id: string;
  instrument_version: string;
  language: string;
  /** JSON object: linkId → answer value or null. */
  answers: string;
  total: number;
  severity: string | null;
  /** JSON object: subscale key → value. */
  subscales: string;
  /** JSON array of { id, reason }. */
  flags: string;
  administered_at: string;
  /** How it was entered: staff, portal, import or fhir. */
  source: string;
  entered_by_user_id: string | null;
  created_at: string;
  scored_at: string;
}

/** The evidence library's imported and curated studies (built-in ones live in code). */
export interface StudyTable {
  id: string;
  /** 'imported' or 'curated' ('builtin' is reserved for records in code). */
  source: string;
  /** JSON: the whole StudyRecord (src/domain/evidence/types.ts). */
  record: string;
  /** Folded text for pre-filtering searches (src/domain/evidence/search.ts). */
  search_text: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** The importing organization, which may edit it in place; null: shared, read-only to all. */
  organization_id: string | null;
}

/** An organization's own copy of a shared study, made by its first edit (copy-on-write). */
export interface OrganizationStudyTable {
  organization_id: string;
  id: string;
  /** JSON: the whole StudyRecord. */
  record: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface RoomTable {
  id: string;
  organization_id: string;
  name: string;
  capacity: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProgramTable {
  id: string;
  organization_id: string;
  name: string;
  modality: string;
  format: string;
  template_id: string | null;
  current_version: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProgramVersionTable {
  id: string;
  organization_id: string;
  program_id: string;
  version: number;
  /** JSON: the whole ProgramDefinition (src/domain/programs/types.ts). */
  definition: string;
  created_by_user_id: string | null;
  created_at: string;
}

export interface ConsentDocumentTable {
  id: string;
  organization_id: string;
  program_id: string;
  version: number;
  title: string;
  body: string;
  /** SHA-256 (hex) of `body` (migration 0024). */
  sha256: string | null;
  created_by_user_id: string | null;
  created_at: string;
}

export interface CohortTable {
  id: string;
  organization_id: string;
  program_id: string;
  program_version: number;
  name: string;
  /** 'YYYY-MM-DD': program day 0 in the organization's time zone. */
  start_date: string;
  location: string | null;
  room_id: string | null;
  capacity: number;
  version: number;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CohortFacilitatorTable {
  cohort_id: string;
  organization_id: string;
  user_id: string;
}

export interface EnrollmentTable {
  id: string;
  organization_id: string;
  client_id: string;
  program_id: string;
  program_version: number;
  cohort_id: string | null;
  arm: string | null;
  /** The condition treated (src/domain/outcomes/conditions.ts); null = not recorded. */
  condition: string | null;
  start_date: string;
  status: string;
  status_reason: string | null;
  status_changed_at: string;
  /** The member who runs this enrollment's personal sessions by default (migration 0020); null = none. */
  facilitator_user_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EnrollmentEventTable {
  id: string;
  organization_id: string;
  enrollment_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  user_id: string | null;
  at: string;
}

/** A screening being filled in: the form's state as JSON, one per enrollment (migration 0019). */
export interface ScreeningDraftTable {
  enrollment_id: string;
  organization_id: string;
  client_id: string;
  draft: string;
  updated_by_user_id: string | null;
  updated_at: string;
}

export interface ClientMedicationTable {
  id: string;
  organization_id: string;
  client_id: string;
  name: string;
  medication_class: string;
  dose: string | null;
  started_on: string | null;
  stopped_on: string | null;
  /** JSON: [{ on, dose }], in order. */
  taper: string;
  source: string;
  confirmed_by_user_id: string | null;
  confirmed_at: string | null;
  recorded_by_user_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PublicBenchmarkTable {
  organization_id: string;
  program_id: string;
  instrument_id: string;
  min_cell_size: number;
  /** JSON: library study ids shown beside the program's outcomes. */
  study_ids: string;
  published_by_user_id: string | null;
  published_at: string;
}

/** A program or one dosing session marked at-home (migration 0036); a session's row wins. */
export interface AtHomeSettingsTable {
  organization_id: string;
  /** 'program' | 'session'. */
  target_kind: string;
  target_id: string;
  /** JSON: minutes after the start at which check-ins are due, ascending. */
  checkin_minutes: string;
  grace_minutes: number;
  ask_vitals: number;
  updated_by_user_id: string | null;
  updated_at: string;
}

/** A program's own dose bands for one substance kind (migration 0037). */
export interface ProgramDoseBandsTable {
  organization_id: string;
  program_id: string;
  substance_kind: string;
  /** 'mg' | 'mg/kg' | 'g-fresh' | 'g-dry'. */
  unit: string;
  /** JSON: the band edges, increasing. */
  edges: string;
  updated_by_user_id: string | null;
  updated_at: string;
}

/** An enrollment's support person for at-home dosing and their attestation (migration 0036). */
export interface SupportPersonTable {
  organization_id: string;
  enrollment_id: string;
  client_id: string;
  name: string;
  phone: string;
  relationship: string;
  attested_name: string;
  agreed: number;
  attested_at: string;
  attestation_version: string;
  recorded_by_user_id: string | null;
  updated_at: string;
}

/** A timed check-in of a dose taken at home (migration 0036); offset null: an unscheduled "I need help". */
export interface HomeCheckinTable {
  id: string;
  organization_id: string;
  dosing_record_id: string;
  client_id: string;
  offset_minutes: number | null;
  due_at: string;
  grace_minutes: number;
  ask_vitals: number;
  /** 'ok' | 'help' | null (unanswered). */
  answer: string | null;
  /** 'client' | 'support'. */
  answered_by: string | null;
  answered_at: string | null;
  note: string | null;
  systolic: number | null;
  diastolic: number | null;
  heart_rate: number | null;
  /** When the missed-check-in alert was raised (once). */
  missed_at: string | null;
  created_at: string;
}

/** The support person's check-in link (migration 0036): only the SHA-256 of its token. */
export interface HomeSupportLinkTable {
  token_hash: string;
  organization_id: string;
  dosing_record_id: string;
  expires_at: string;
  created_by_user_id: string | null;
  created_at: string;
}

export interface MedicationRuleTable {
  organization_id: string;
  modality: string;
  /** JSON: [{ medicationClass, effect, washoutDays, source }]. */
  rules: string;
  updated_by_user_id: string | null;
  updated_at: string;
}

export interface ScreeningTable {
  id: string;
  organization_id: string;
  enrollment_id: string;
  client_id: string;
  modality: string;
  checklist_version: string;
  answers: string;
  medications: string;
  vitals: string;
  notes: string | null;
  recorded_by_user_id: string | null;
  recorded_at: string;
  decision: string | null;
  rationale: string | null;
  decided_by_user_id: string | null;
  decided_at: string | null;
}

export interface ConsentTable {
  id: string;
  organization_id: string;
  enrollment_id: string;
  client_id: string;
  document_id: string;
  document_version: number;
  signed_at: string;
  method: string;
  recorded_by_user_id: string | null;
  created_at: string;
  withdrawn_at: string | null;
  /** SHA-256 (hex) of the document text consented to (migration 0024). */
  document_sha256: string | null;
  /** A signature in the portal: the name typed, the tick (1), the client's address and user agent. */
  signature_name: string | null;
  signature_confirmed: number | null;
  signature_ip: string | null;
  signature_user_agent: string | null;
}

export interface ProgramSessionTable {
  id: string;
  organization_id: string;
  program_id: string;
  cohort_id: string | null;
  enrollment_id: string | null;
  plan_key: string | null;
  occurrence: number;
  name: string;
  phase: string;
  kind: string;
  dosing: number;
  planned_dose: string | null;
  /** JSON array of arm keys, or null for every arm. */
  arms: string | null;
  starts_at: string;
  ends_at: string;
  room_id: string | null;
  /** 'scheduled' | 'completed' | 'cancelled'. */
  status: string;
  status_reason: string | null;
  note: string | null;
  note_by_user_id: string | null;
  note_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionFacilitatorTable {
  session_id: string;
  organization_id: string;
  user_id: string;
}

export interface SessionAttendeeTable {
  session_id: string;
  organization_id: string;
  enrollment_id: string;
  client_id: string;
  /** 'booked' | 'held' (a dosing session waiting for eligibility and consent). */
  booking: string;
  /** null (not recorded) | 'attended' | 'absent' | 'excused'. */
  attendance: string | null;
  attendance_at: string | null;
  attendance_by_user_id: string | null;
}

export interface ApiTokenTable {
  id: string;
  organization_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** JSON array of action names. */
  scopes: string;
  created_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  last_used_ip: string | null;
  revoked_at: string | null;
}

export interface CalendarFeedTable {
  id: string;
  organization_id: string;
  owner_type: string;
  owner_id: string;
  token_hash: string;
  created_by_user_id: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface DosingRecordTable {
  id: string;
  organization_id: string;
  session_id: string;
  enrollment_id: string;
  client_id: string;
  substance: string;
  dose_mg: number;
  weight_kg: number | null;
  route: string;
  lot_number: string | null;
  started_at: string;
  ended_at: string | null;
  discharge_ready: number;
  discharged_at: string | null;
  discharge_note: string | null;
  notes: string | null;
  recorded_by_user_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** The program's planned mg/kg the dose was checked against (null: none planned). */
  planned_mg_per_kg: number | null;
  /** Why a dose far above the plan was given (null: none was needed). */
  dose_confirmation_reason: string | null;
  /** Migration 0026: what was given (null on older records). See src/domain/dosing/product.ts. */
  substance_kind: string | null;
  /** The dose as weighed, in `dose_unit` ('mg' | 'g-fresh' | 'g-dry'). */
  dose_amount: number | null;
  dose_unit: string | null;
  lot_id: string | null;
  /** The assay a truffle dose's psilocybin mg was computed from. */
  assay_id: string | null;
  psilocin_mg: number | null;
  /** The facilitator's "difficult session" flag, 0/1 (0035), with its note, who and when. */
  difficult: Generated<number>;
  difficult_note: string | null;
  difficult_by_user_id: string | null;
  difficult_at: string | null;
}

/** A lot of a substance as received (migration 0026). */
export interface SubstanceLotTable {
  id: string;
  organization_id: string;
  code: string;
  /** See SUBSTANCE_KINDS in src/domain/dosing/lots.ts. */
  substance_kind: string;
  supplier: string | null;
  /** 'YYYY-MM-DD'. */
  received_on: string;
  notes: string | null;
  created_by_user_id: string | null;
  created_at: string;
}

/** A laboratory assay of a lot (migration 0026). */
export interface LotAssayTable {
  id: string;
  organization_id: string;
  lot_id: string;
  psilocybin_mg_per_g: number;
  psilocin_mg_per_g: number | null;
  /** 'fresh' | 'dry': the weight the mg per gram refers to. */
  basis: string;
  lab: string;
  /** 'YYYY-MM-DD'. */
  assayed_on: string;
  created_by_user_id: string | null;
  created_at: string;
}

/** An organization's licensed copy of an instrument Threshold ships no texts for (migration 0032). */
export interface LicensedInstrumentCopyTable {
  organization_id: string;
  instrument_id: string;
  language: string;
  /** JSON: { instructions, items: string[], options: string[] }. */
  texts: string;
  /** JSON: the checked scoring key (for the CEQ: item numbers per factor). */
  scoring_key: string;
  licence_note: string;
  updated_by_user_id: string | null;
  updated_at: string;
}

/** The setting of a dosing session (migration 0026). */
export interface SessionSettingTable {
  session_id: string;
  organization_id: string;
  music_program: string | null;
  sitters: number;
  group_size: number;
  /** 'offered' | 'worn' | 'not-used' | null (not recorded). */
  eyeshades: string | null;
  notes: string | null;
  updated_by_user_id: string | null;
  updated_at: string;
}

/** The first integration contact booked after a dosing record (0035; src/server/integration). */
export interface IntegrationContactTable {
  id: string;
  organization_id: string;
  dosing_record_id: string;
  enrollment_id: string;
  client_id: string;
  session_id: string;
  dosing_ended_at: string;
  window_opens_at: string;
  window_closes_at: string;
  pulled_forward: Generated<number>;
  /** JSON list of 'flag' | 'ceq' | 'undecided'. */
  pull_reasons: Generated<string>;
  missed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface VitalSignTable {
  id: string;
  organization_id: string;
  /** The dosing day the set belongs to: baseline sets are taken before any dose exists. */
  session_id: string;
  enrollment_id: string;
  /** The dose it belongs to; null for a baseline taken before the dose was recorded. */
  dosing_record_id: string | null;
  /** 'baseline' | 'during' | 'discharge'. */
  phase: string;
  measured_at: string;
  systolic: number | null;
  diastolic: number | null;
  heart_rate: number | null;
  spo2: number | null;
  flags: string;
  /** A clinician's override of a flagged baseline: why the dose may still be given, who, when. */
  override_reason: string | null;
  override_by_user_id: string | null;
  override_at: string | null;
  recorded_by_user_id: string | null;
  created_at: string;
}

export interface AdverseEventTable {
  id: string;
  organization_id: string;
  dosing_record_id: string;
  type: string;
  grade: number;
  action: string;
  outcome: string;
  onset_at: string;
  notes: string | null;
  recorded_by_user_id: string | null;
  created_at: string;
}

export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  clients: ClientTable;
  audit_events: AuditEventTable;
  audit_anchor: AuditAnchorTable;
  questionnaire_responses: QuestionnaireResponseTable;
  studies: StudyTable;
  organization_studies: OrganizationStudyTable;
  rooms: RoomTable;
  programs: ProgramTable;
  program_versions: ProgramVersionTable;
  consent_documents: ConsentDocumentTable;
  cohorts: CohortTable;
  cohort_facilitators: CohortFacilitatorTable;
  enrollments: EnrollmentTable;
  enrollment_events: EnrollmentEventTable;
  screenings: ScreeningTable;
  screening_drafts: ScreeningDraftTable;
  client_medications: ClientMedicationTable;
  medication_rules: MedicationRuleTable;
  public_benchmarks: PublicBenchmarkTable;
  consents: ConsentTable;
  program_sessions: ProgramSessionTable;
  session_facilitators: SessionFacilitatorTable;
  session_attendees: SessionAttendeeTable;
  calendar_feeds: CalendarFeedTable;
  api_tokens: ApiTokenTable;
  dosing_records: DosingRecordTable;
  substance_lots: SubstanceLotTable;
  lot_assays: LotAssayTable;
  session_settings: SessionSettingTable;
  licensed_instrument_copies: LicensedInstrumentCopyTable;
  vital_signs: VitalSignTable;
  adverse_events: AdverseEventTable;
  invitations: InvitationTable;
  invitation_tokens: InvitationTokenTable;
  outbox: OutboxTable;
  message_templates: MessageTemplateTable;
  alerts: AlertTable;
  integration_contacts: IntegrationContactTable;
  portal_links: PortalLinkTable;
  portal_sessions: PortalSessionTable;
  journal_entries: JournalEntryTable;
  outcome_dirty: OutcomeDirtyTable;
  outcome_enrollments: OutcomeEnrollmentTable;
  outcome_series: OutcomeSeriesTable;
  outcome_programs: OutcomeProgramTable;
  outcome_snapshots: OutcomeSnapshotTable;
  crisis_lines: CrisisLineTable;
  instrument_translations: InstrumentTranslationTable;
  erasure_requests: ErasureRequestTable;
  scheduler_leases: SchedulerLeaseTable;
  rate_limit_hits: RateLimitHitTable;
  lodging_rooms: LodgingRoomTable;
  lodging_beds: LodgingBedTable;
  lodging_stays: LodgingStayTable;
  lodging_guests: LodgingGuestTable;
  bed_assignments: BedAssignmentTable;
  pre_arrival_messages: PreArrivalMessageTable;
  cohort_listings: CohortListingTable;
  applications: ApplicationTable;
  offers: OfferTable;
  waitlist_entries: WaitlistEntryTable;
  payment_settings: PaymentSettingsTable;
  payments: PaymentTable;
  payment_refunds: PaymentRefundTable;
  payment_events: PaymentEventTable;
  invoice_counters: InvoiceCounterTable;
  invoices: InvoiceTable;
  at_home_settings: AtHomeSettingsTable;
  support_persons: SupportPersonTable;
  home_checkins: HomeCheckinTable;
  home_support_links: HomeSupportLinkTable;
  program_dose_bands: ProgramDoseBandsTable;
}

/** A room guests sleep in (migration 0024), not a treatment room. */
export interface LodgingRoomTable {
  id: string;
  organization_id: string;
  name: string;
  /** 'any' | 'same-gender'. */
  sharing: string;
  accessible: number;
  note: string | null;
  archived_at: string | null;
  created_at: string;
}

export interface LodgingBedTable {
  id: string;
  organization_id: string;
  room_id: string;
  label: string;
  archived_at: string | null;
}

/** A cohort's nights: 'YYYY-MM-DD' of the first night and of the morning of departure. */
export interface LodgingStayTable {
  cohort_id: string;
  organization_id: string;
  arrival_date: string;
  departure_date: string;
  updated_at: string;
}

/** What a client's booking says about their stay. */
export interface LodgingGuestTable {
  enrollment_id: string;
  organization_id: string;
  client_id: string;
  diet: string | null;
  access_needs: string | null;
  needs_accessible_room: number;
  roommate_client_id: string | null;
  updated_at: string;
}

export interface BedAssignmentTable {
  id: string;
  organization_id: string;
  cohort_id: string;
  bed_id: string;
  enrollment_id: string;
  client_id: string;
  assigned_by_user_id: string | null;
  created_at: string;
}

/** A cohort's message before arrival, in one language (migration 0024). */
export interface PreArrivalMessageTable {
  organization_id: string;
  cohort_id: string;
  language: string;
  days_before: number;
  subject: string;
  what_to_bring: string;
  travel: string;
  arrival: string;
  reading: string;
  updated_by_user_id: string | null;
  updated_at: string;
}

/** A translation an organization added for its clients (migration 0017-instrument-translations). */
export interface InstrumentTranslationTable {
  id: string;
  organization_id: string;
  instrument_id: string;
  instrument_version: string;
  language: string;
  /** JSON: InstrumentTexts. */
  texts: string;
  licence_note: string;
  added_by: string;
  added_at: string;
}

/** An organization's crisis lines, shown to a client right after a risk answer (migration 0009). */
export interface CrisisLineTable {
  id: string;
  organization_id: string;
  /** 'en' | 'nl'. */
  language: string;
  position: number;
  name: string;
  phone: string;
  hours: string | null;
  created_at: string;
}

/** Data subject requests (migration 0012-data-subject-rights). */
export interface ErasureRequestTable {
  id: string;
  organization_id: string;
  client_id: string;
  requested_by: string;
  received_on: string;
  scope: string;
  legal_basis: string;
  recorded_by_user_id: string | null;
  recorded_at: string;
  last_treatment_on: string | null;
  status: string;
  erased_at: string | null;
  summary: string | null;
}

export interface InvitationTable {
  id: string;
  organization_id: string;
  client_id: string;
  enrollment_id: string;
  plan_key: string;
  instrument_id: string;
  label: string;
  due_at: string;
  closes_at: string;
  status: string;
  reminder_every_days: number;
  sends: Generated<number>;
  next_send_at: string | null;
  first_sent_at: string | null;
  last_sent_at: string | null;
  opened_at: string | null;
  draft: string | null;
  completed_at: string | null;
  submission_id: string | null;
  response_id: string | null;
  revoked_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InvitationTokenTable {
  token_hash: string;
  invitation_id: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  organization_id: string;
  dedupe_key: string;
  kind: string;
  client_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  /** The preview text shown beside the subject (migration 0018); null for older messages. */
  preview: string | null;
  status: string;
  attempts: Generated<number>;
  last_error: string | null;
  claimed_until: string | null;
  created_at: string;
  sent_at: string | null;
}

/** An organization's wording of a client message (migration 0018-client-messages). */
export interface MessageTemplateTable {
  organization_id: string;
  kind: string;
  language: string;
  subject: string;
  preview: string;
  body: string;
  updated_by_user_id: string | null;
  updated_at: string;
}

export interface AlertTable {
  id: string;
  organization_id: string;
  client_id: string;
  kind: string;
  severity: string;
  title: string;
  trigger: string;
  /** The trigger's code (src/domain/safety/alerts.ts ALERT_TRIGGER_CODES), migration 0038; null on older alerts. */
  trigger_code: string | null;
  /** Its values as JSON text (migration 0038); null with the code. */
  trigger_params: string | null;
  response_id: string | null;
  dosing_record_id: string | null;
  invitation_id: string | null;
  dedupe_key: string;
  status: string;
  acknowledged_at: string | null;
  acknowledged_by_user_id: string | null;
  resolved_at: string | null;
  resolved_by_user_id: string | null;
  resolution_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface PortalLinkTable {
  token_hash: string;
  organization_id: string;
  client_id: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface PortalSessionTable {
  token_hash: string;
  organization_id: string;
  client_id: string;
  expires_at: string;
  created_at: string;
}

export interface JournalEntryTable {
  id: string;
  organization_id: string;
  client_id: string;
  body: string;
  shared_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Enrollments whose derived outcome rows are stale (marked by database triggers). */
export interface OutcomeDirtyTable {
  enrollment_id: string;
  organization_id: string;
  generation: number;
}

/** Derived per enrollment (src/server/outcomes/derive.ts): stage reached and subgroup attributes. */
export interface OutcomeEnrollmentTable {
  enrollment_id: string;
  organization_id: string;
  client_id: string;
  program_id: string;
  program_version: number;
  cohort_id: string | null;
  arm: string | null;
  condition: string | null;
  age_band: string | null;
  sex: string | null;
  gender: string | null;
  start_date: string;
  status: string;
  reached: string;
  refreshed_at: string;
  /** The program's revision (outcome_programs) when this row was last written. */
  revision: Generated<number>;
}

/** Per program: the revision of its derived rows and the epoch (migration 0007-outcome-revisions). */
export interface OutcomeProgramTable {
  organization_id: string;
  program_id: string;
  revision: number;
  epoch: number;
}

/** A program's outcome columns in compact binary form (migration 0031; src/server/outcomes/snapshot.ts). */
export interface OutcomeSnapshotTable {
  organization_id: string;
  program_id: string;
  /** The program's epoch and revision (outcome_programs) the columns reflect. */
  epoch: number;
  revision: number;
  /** The binary layout's version (snapshot.ts SNAPSHOT_FORMAT); another one is not read. */
  format: number;
  data: Uint8Array;
}

/** Derived per enrollment × instrument: the enrollment's attributes and its timepoints. */
export interface OutcomeSeriesTable extends Omit<OutcomeEnrollmentTable, 'revision'> {
  instrument_id: string;
  revision: number;
  /** JSON array of [timepointKey, score|null, dueEpochSeconds|null, closesEpochSeconds|null, answeredEpochSeconds|null]. */
  points: string;
}

/** Who runs a scheduled job now, until when (migration 0023; src/server/leases.ts). */
export interface SchedulerLeaseTable {
  job: string;
  holder: string;
  lease_until: string;
  acquired_at: string;
}

/** A sign-in route's request count for one client address (migration 0023; src/server/http/rate-limit-store.ts). */
export interface RateLimitHitTable {
  /** SHA-256 (hex) of the route and the client address. */
  key_hash: string;
  hits: number;
  window_ends_at: string;
}

/** What a cohort offers the public (migration 0021-front-office; src/domain/front-office). */
export interface CohortListingTable {
  cohort_id: string;
  organization_id: string;
  /** 1: shown on the public page and the offerings API. */
  published: Generated<number>;
  published_at: string | null;
  /** 'YYYY-MM-DD' of the last day; null: not stated. */
  end_date: string | null;
  /** ISO 4217, e.g. 'EUR'. */
  currency: string;
  /** Integer minor units (cents). */
  price_minor: number;
  deposit_minor: number;
  /** 'YYYY-MM-DD' the balance falls due; null: with the deposit. */
  balance_due_date: string | null;
  /** JSON array of { minDaysBefore, refundPercent }. */
  cancellation_tiers: string;
  places: number;
  /** How many may wait; 0: no waitlist. */
  waitlist_size: number;
  /** Days an offer holds a place. */
  hold_days: number;
  updated_by_user_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One person's application for one cohort (migration 0021-front-office). */
export interface ApplicationTable {
  id: string;
  organization_id: string;
  cohort_id: string;
  client_id: string;
  /** SHA-256 (hex) of the normalised email and date of birth: one application per person per cohort. */
  applicant_key: string;
  /** 'submitted' | 'eligible' | 'ineligible' | 'withdrawn'. */
  status: string;
  /** 'en' | 'nl'. */
  language: string;
  checklist_version: string;
  /** JSON: checklist item id → 'yes' | 'no' | 'unknown', as reported by the client. */
  answers: string;
  /** JSON array of { name, dose, frequency }, as reported by the client. */
  medications: string;
  submitted_at: string;
  /** 'eligible' | 'ineligible'; null: not decided. */
  decision: string | null;
  /** JSON array of reason strings. */
  decision_reasons: string | null;
  decided_by_user_id: string | null;
  decided_at: string | null;
  enrollment_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A place held for an applicant until expires_at (migration 0021-front-office). */
export interface OfferTable {
  id: string;
  organization_id: string;
  application_id: string;
  client_id: string;
  cohort_id: string;
  /** 'offered' | 'accepted' | 'declined' | 'expired' | 'withdrawn'. */
  status: string;
  /** 'decision' | 'waitlist'. */
  source: string;
  hold_days: number;
  offered_at: string;
  expires_at: string;
  responded_at: string | null;
  status_reason: string | null;
  /** SHA-256 (hex) of the offer email's response token. */
  response_token_hash: string | null;
  created_by_user_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Someone waiting for a place in a full cohort (migration 0021-front-office). */
export interface WaitlistEntryTable {
  id: string;
  organization_id: string;
  cohort_id: string;
  application_id: string;
  client_id: string;
  position: number;
  /** 'waiting' | 'offered' | 'left'. */
  status: string;
  joined_at: string;
  left_at: string | null;
  left_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** An organization's VAT, invoice and payment provider settings (migration 0022-payments). */
export interface PaymentSettingsTable {
  organization_id: string;
  /** Basis points: 2100 = 21 %. */
  vat_rate_bp: number;
  prices_include_vat: number;
  vat_number: string | null;
  invoice_prefix: string;
  /** JSON array of whole days before the balance due date. */
  reminder_days: string;
  /** JSON array of 'mollie' | 'stripe' | 'bank_transfer'. */
  methods: string;
  bank_iban: string | null;
  bank_account_name: string | null;
  /** Sealed (src/server/secrets/secret-box.ts); never returned by the API. */
  mollie_api_key: string | null;
  stripe_secret_key: string | null;
  stripe_webhook_secret: string | null;
  version: number;
  updated_by_user_id: string | null;
  updated_at: string;
}

/** One attempt to pay part of an offer (migration 0022-payments; src/domain/payments). */
export interface PaymentTable {
  id: string;
  organization_id: string;
  offer_id: string;
  client_id: string;
  cohort_id: string;
  /** 'deposit' | 'balance' | 'full'. */
  kind: string;
  /** 'mollie' | 'stripe' | 'bank_transfer'. */
  method: string;
  /** 'open' | 'pending' | 'paid' | 'failed' | 'cancelled' | 'expired'. */
  status: string;
  amount_minor: number;
  currency: string;
  /** The provider's id (Mollie tr_…, Stripe cs_…); null for a bank transfer. */
  provider_ref: string | null;
  checkout_url: string | null;
  /** ISO 11649 reference of a bank transfer. */
  reference: string | null;
  /** 1: arrived when nothing was due (double payment, offer no longer open): to refund. */
  flagged_for_refund: Generated<number>;
  flag_reason: string | null;
  paid_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Money given back on a payment (migration 0022-payments). */
export interface PaymentRefundTable {
  id: string;
  organization_id: string;
  payment_id: string;
  amount_minor: number;
  provider_ref: string | null;
  status: string;
  reason: string;
  created_by_user_id: string | null;
  created_at: string;
}

/** A provider event processed once (migration 0022-payments): a replay is a no-op. */
export interface PaymentEventTable {
  provider: string;
  event_id: string;
  organization_id: string;
  payment_id: string;
  received_at: string;
}

/** The last invoice number used per organization and year (migration 0022-payments). */
export interface InvoiceCounterTable {
  organization_id: string;
  year: number;
  last_sequence: number;
}

/** An invoice (receipt) for a paid payment (migration 0022-payments). */
export interface InvoiceTable {
  id: string;
  organization_id: string;
  payment_id: string;
  number: string;
  year: number;
  sequence: number;
  net_minor: number;
  vat_minor: number;
  gross_minor: number;
  vat_rate_bp: number;
  vat_number: string | null;
  currency: string;
  issued_at: string;
}
