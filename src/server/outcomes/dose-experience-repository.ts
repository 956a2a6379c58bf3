/**
 * Reads of the dose–experience–outcome analysis, each scoped to one organization and program: the
 * program's dosing records with their lot and setting, and the MEQ-30 and CEQ responses of the
 * clients dosed in it from their first dose on.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export interface DoseRow {
  id: string;
  enrollment_id: string;
  client_id: string;
  substance: string;
  substance_kind: string | null;
  dose_mg: number;
  weight_kg: number | null;
  dose_amount: number | null;
  dose_unit: string | null;
  started_at: string;
  lot_code: string | null;
  music_program: string | null;
  sitters: number | null;
  group_size: number | null;
  eyeshades: string | null;
}

/** The program's dosing records, in id order (both databases the same). */
export function programDoses(db: Db, organizationId: string, programId: string): Promise<DoseRow[]> {
  return db
    .selectFrom('dosing_records as d')
    .innerJoin('program_sessions as s', (j) =>
      j.onRef('s.id', '=', 'd.session_id').onRef('s.organization_id', '=', 'd.organization_id'),
    )
    .leftJoin('substance_lots as l', (j) =>
      j.onRef('l.id', '=', 'd.lot_id').onRef('l.organization_id', '=', 'd.organization_id'),
    )
    .leftJoin('session_settings as st', (j) =>
      j.onRef('st.session_id', '=', 'd.session_id').onRef('st.organization_id', '=', 'd.organization_id'),
    )
    .select([
      'd.id',
      'd.enrollment_id',
      'd.client_id',
      'd.substance',
      'd.substance_kind',
      'd.dose_mg',
      'd.weight_kg',
      'd.dose_amount',
      'd.dose_unit',
      'd.started_at',
      'l.code as lot_code',
      'st.music_program',
      'st.sitters',
      'st.group_size',
      'st.eyeshades',
    ])
    .where('d.organization_id', '=', organizationId)
    .where('s.program_id', '=', programId)
    .orderBy('d.id')
    .execute();
}

export interface ExperienceResponseRow {
  client_id: string;
  instrument_id: string;
  administered_at: string;
  total: number;
  subscales: string;
}

/** The MEQ-30 and CEQ responses of the program's dosed clients, from the program's first dose on. */
export function experienceResponses(
  db: Db,
  organizationId: string,
  programId: string,
  instrumentIds: readonly string[],
): Promise<ExperienceResponseRow[]> {
  return db
    .selectFrom('questionnaire_responses as r')
    .select(['r.client_id', 'r.instrument_id', 'r.administered_at', 'r.total', 'r.subscales'])
    .where('r.organization_id', '=', organizationId)
    .where('r.instrument_id', 'in', [...instrumentIds])
    .where('r.client_id', 'in', (eb) =>
      eb
        .selectFrom('dosing_records as d')
        .innerJoin('program_sessions as s', (j) =>
          j.onRef('s.id', '=', 'd.session_id').onRef('s.organization_id', '=', 'd.organization_id'),
        )
        .select('d.client_id')
        .where('d.organization_id', '=', organizationId)
        .where('s.program_id', '=', programId),
    )
    .orderBy('r.administered_at')
    .orderBy('r.id')
    .execute();
}
