/**
 * The dose–experience–outcome analysis of one program (issue 19 part 3), put together: the dose
 * bands, acute experience by dose band, lot and setting (acute.ts), and the later outcome by acute
 * experience on the program's outcome instrument (later.ts). A client's acute experience is
 * "complete" when any MEQ-30 after one of their doses in the program was a complete mystical
 * experience, "not complete" when they have MEQ-30s and none was, and unknown without one.
 */
import type { SeriesMatrix } from '../outcomes/matrix.ts';
import type { OutcomeRules, TimepointDef } from '../outcomes/types.ts';
import { ACUTE_DIMENSIONS, acuteCells } from './acute.ts';
import { deriveDoseBands } from './dose-bands.ts';
import { laterByExperience } from './later.ts';
import type { ProgramDoseBands } from './program-bands.ts';
import type { AcuteCell, AcuteDimension, DoseRecord, LaterByExperience, SubstanceBanding } from './types.ts';

export interface DoseExperienceInput {
  records: readonly DoseRecord[];
  /** The program's own dose bands, per substance (none: every band is derived). */
  programBands?: readonly ProgramDoseBands[];
  /** The outcome instrument's matrix (rows carry enrollment ids), or null without one. */
  outcome: {
    matrix: SeriesMatrix;
    timepoints: TimepointDef[];
    rules: OutcomeRules;
  } | null;
}

export interface DoseExperienceReport {
  doses: number;
  /** Doses with an MEQ-30 after them. */
  rated: number;
  bandings: SubstanceBanding[];
  acute: Record<AcuteDimension, AcuteCell[]>;
  /** Whether any dose has a CEQ score: the CEQ columns are shown only then. */
  hasCeq: boolean;
  later: LaterByExperience | null;
}

/** Per enrollment: true (a complete experience), false (MEQ-30s, none complete); absent: no MEQ-30. */
export function experienceByEnrollment(records: readonly DoseRecord[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const r of records) {
    if (r.meq === null) continue;
    out.set(r.enrollmentId, (out.get(r.enrollmentId) ?? false) || r.meq.complete);
  }
  return out;
}

export function analyseDoseExperience(input: DoseExperienceInput): DoseExperienceReport {
  const { records, outcome } = input;
  const bandings = deriveDoseBands(records, input.programBands ?? []);
  const acute = Object.fromEntries(
    ACUTE_DIMENSIONS.map((d) => [d, acuteCells(d, records, bandings)]),
  ) as Record<AcuteDimension, AcuteCell[]>;
  let later: LaterByExperience | null = null;
  if (outcome && outcome.timepoints.length > 1) {
    const { matrix: m } = outcome;
    if (!m.id) throw new Error('the outcome matrix must carry enrollment ids');
    const byEnrollment = experienceByEnrollment(records);
    const id = m.id.bind(m);
    later = laterByExperience(
      m,
      (i) => byEnrollment.get(id(i)) ?? null,
      outcome.timepoints,
      0,
      outcome.rules,
    );
  }
  return {
    doses: records.length,
    rated: records.filter((r) => r.meq !== null).length,
    bandings,
    acute,
    hasCeq: records.some((r) => r.ceqTotal !== null),
    later,
  };
}
