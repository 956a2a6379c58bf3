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
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
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
}

export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  clients: ClientTable;
  audit_events: AuditEventTable;
  questionnaire_responses: QuestionnaireResponseTable;
  studies: StudyTable;
}
