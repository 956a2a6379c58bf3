/**
 * The R fixtures of this folder (fixtures/make-fixtures.R), typed, and the records they describe:
 * shared by the tests, which read the JSON (this file has no I/O, as the domain may not).
 */
import { isCompleteMysticalExperience } from '../instruments/meq-30/index.ts';
import type { DoseRecord } from './types.ts';

export interface RRecord {
  client: string;
  substance: string;
  doseMg: number;
  weightKg: number | null;
  lot: string;
  musicProgram: string | null;
  groupSize: number;
  sitters: number;
  eyeshades: string | null;
  transcendence: number | null;
  positiveMood: number | null;
  ineffability: number | null;
  mystical: number | null;
}
export interface RCell {
  dimension: string;
  key: string;
  doses: number;
  n: number;
  clients: number;
  events: number;
  percent?: number;
  lower?: number;
  upper?: number;
  mean?: number;
  sd?: number;
  meanLower?: number;
  meanUpper?: number;
}
export interface RProportion {
  events: number;
  n: number;
  percent: number;
  lower: number;
  upper: number;
}
export interface RGroup {
  assessed: number;
  pairs: number;
  response: RProportion;
  remission: RProportion;
}
export interface RDifference {
  estimate: number;
  lower: number;
  upper: number;
}
export interface Fixtures {
  acute: {
    records: RRecord[];
    bands: Array<{ substance: string; unit: string; method: string; values: number[]; cuts: number[] }>;
    cells: RCell[];
  };
  later: {
    scores: Array<Array<number | null>>;
    cme: boolean[];
    points: Array<{
      timepoint: number;
      with: RGroup;
      without: RGroup;
      responseDifference: RDifference;
      remissionDifference: RDifference;
    }>;
    model: {
      names: string[];
      estimates: number[];
      se: number[];
      tau2: number;
      sigma2: number;
      logLik: number;
      subjects: number;
      observations: number;
    };
  };
}

/** The fixture's records as the analysis takes them; the MEQ-30 judged by the instrument's rule. */
export const recordsOf = (fixtures: Fixtures): DoseRecord[] =>
  fixtures.acute.records.map((r, i) => {
    const subscales = {
      transcendence: r.transcendence,
      positiveMood: r.positiveMood,
      ineffability: r.ineffability,
      mystical: r.mystical,
    };
    const meq =
      r.mystical === null
        ? null
        : {
            total: (6 * r.transcendence! + 6 * r.positiveMood! + 3 * r.ineffability! + 15 * r.mystical) / 30,
            complete: isCompleteMysticalExperience(subscales),
          };
    return {
      enrollmentId: `e${i}`,
      clientId: r.client,
      substance: r.substance,
      doseMg: r.doseMg,
      weightKg: r.weightKg,
      lot: r.lot,
      musicProgram: r.musicProgram,
      groupSize: r.groupSize,
      clientsPerSitter: r.sitters > 0 ? Math.round((r.groupSize / r.sitters) * 100) / 100 : null,
      eyeshades: r.eyeshades,
      meq,
      ceqTotal: null,
    };
  });

export const close = (actual: number | null | undefined, expected: number | undefined): void => {
  if (expected === undefined || actual === null || actual === undefined) {
    throw new Error(`expected ${expected}, got ${actual}`);
  }
  if (Math.abs(actual - expected) >= 1e-6) throw new Error(`expected ${expected}, got ${actual}`);
};
