/**
 * Dose bands a program defines itself (issue 19 part 3): per substance, the band edges in the
 * substance's dose unit — e.g. racemic ketamine 0.5 / 0.75 / 1.0 mg/kg, truffles 10 / 15 / 20 g
 * fresh. Edges e₁ < e₂ < … < eₙ give the bands dose ≤ e₁, e₁ < dose ≤ e₂, …, dose > eₙ. Edges are
 * positive and strictly increasing; the unit is one the substance is dosed in (truffles by grams
 * fresh or dry, the others in mg or mg/kg). Without them the analysis derives its bands.
 */

import { SUBSTANCE_KINDS, type SubstanceKind } from '../dosing/lots.ts';
import { invalid } from '../errors.ts';
import { readArray, readEnum, readNumber, readObject } from '../programs/read.ts';

export const BAND_UNITS = ['mg', 'mg/kg', 'g-fresh', 'g-dry'] as const;
export type BandUnit = (typeof BAND_UNITS)[number];

/** The units a substance's bands may be set in: the units its doses are recorded in. */
export const UNITS_OF_SUBSTANCE: Record<SubstanceKind, readonly BandUnit[]> = {
  'ketamine-racemic': ['mg/kg', 'mg'],
  esketamine: ['mg/kg', 'mg'],
  psilocybin: ['mg', 'mg/kg'],
  'psilocybin-truffles': ['g-fresh', 'g-dry'],
  other: ['mg', 'mg/kg'],
};

export const PROGRAM_BAND_LIMITS = {
  /** Edges per substance: 1 to 8 (2 to 9 bands). */
  edgesMax: 8,
  /** An edge above this is surely a typing error (5,000 mg is the dose record's own limit). */
  edgeMax: 5000,
} as const;

export interface ProgramDoseBands {
  substanceKind: SubstanceKind;
  unit: BandUnit;
  edges: number[];
}

function readEdges(value: unknown, field: string): number[] {
  const list = readArray(value, field, PROGRAM_BAND_LIMITS.edgesMax);
  if (list.length === 0) throw invalid(field, 'at-least-one-band-edge');
  const edges = list.map((v, i) => readNumber(v, `${field}[${i}]`, 0, PROGRAM_BAND_LIMITS.edgeMax));
  edges.forEach((e, i) => {
    if (!(e > 0)) throw invalid(`${field}[${i}]`, 'above-0');
    if (i > 0 && !(e > edges[i - 1]!)) {
      throw invalid(`${field}[${i}]`, 'above-edge-before', { edge: edges[i - 1]! });
    }
  });
  return edges;
}

function readOne(value: unknown, field: string): ProgramDoseBands {
  const o = readObject(value, field);
  const substanceKind = readEnum(o.substanceKind, `${field}.substanceKind`, SUBSTANCE_KINDS);
  const allowed = UNITS_OF_SUBSTANCE[substanceKind];
  const unit = readEnum(o.unit, `${field}.unit`, BAND_UNITS);
  if (!allowed.includes(unit)) {
    throw invalid(`${field}.unit`, 'unit-substance-dosed-in', {
      substance: substanceKind,
      units: allowed.join(' or '),
    });
  }
  return { substanceKind, unit, edges: readEdges(o.edges, `${field}.edges`) };
}

/** A program's bands, checked: at most one entry per substance, in substance order. */
export function normalizeProgramDoseBands(value: unknown): ProgramDoseBands[] {
  const list = readArray(value, 'bands', SUBSTANCE_KINDS.length);
  const out = list.map((v, i) => readOne(v, `bands[${i}]`));
  out.forEach((b, i) => {
    if (out.findIndex((x) => x.substanceKind === b.substanceKind) !== i) {
      throw invalid(`bands[${i}].substanceKind`, 'substance-has-bands', { substance: b.substanceKind });
    }
  });
  return out.sort(
    (a, b) => SUBSTANCE_KINDS.indexOf(a.substanceKind) - SUBSTANCE_KINDS.indexOf(b.substanceKind),
  );
}
