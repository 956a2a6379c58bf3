/**
 * Substance lots and their assays, each its own record per organization: a lot (code, substance,
 * supplier, when received) and any number of laboratory assays of it (psilocybin and psilocin in mg
 * per gram, on fresh or dry weight, the laboratory and the date). A truffle lot's potency is what
 * its latest assay says; without one it is unknown, and Threshold says so.
 */
import { DateTime } from 'luxon';
import { invalid } from '../errors.ts';
import { readEnum, readNumber, readOptionalText, readText } from '../programs/read.ts';

/** What a lot holds: the substance and, for ketamine, which form. */
export const SUBSTANCE_KINDS = [
  'ketamine-racemic',
  'esketamine',
  'psilocybin',
  'psilocybin-truffles',
  'other',
] as const;
export type SubstanceKind = (typeof SUBSTANCE_KINDS)[number];

/** Weight an assay's mg per gram (or a truffle dose's grams) refers to. */
export const WEIGHT_BASES = ['fresh', 'dry'] as const;
export type WeightBasis = (typeof WEIGHT_BASES)[number];

export const LOT_LIMITS = {
  codeMaxLength: 100,
  supplierMaxLength: 200,
  labMaxLength: 200,
  notesMaxLength: 2000,
  /** mg per gram cannot exceed 1000 (a gram is 1000 mg). */
  mgPerGramMax: 1000,
} as const;

export interface LotInput {
  code: unknown;
  substanceKind: unknown;
  supplier?: unknown;
  receivedOn: unknown;
  notes?: unknown;
}

export interface NormalizedLot {
  code: string;
  substanceKind: SubstanceKind;
  supplier: string | null;
  receivedOn: string;
  notes: string | null;
}

/** A calendar date 'YYYY-MM-DD' not after `today` (also 'YYYY-MM-DD'). */
export function readPastDate(value: unknown, field: string, today: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw invalid(field, 'date-yyyy-mm-dd');
  }
  if (value > today) throw invalid(field, 'not-future');
  return value;
}

export function normalizeLot(input: LotInput, today: string): NormalizedLot {
  return {
    code: readText(input.code, 'code', LOT_LIMITS.codeMaxLength),
    substanceKind: readEnum(input.substanceKind, 'substanceKind', SUBSTANCE_KINDS),
    supplier: readOptionalText(input.supplier, 'supplier', LOT_LIMITS.supplierMaxLength),
    receivedOn: readPastDate(input.receivedOn, 'receivedOn', today),
    notes: readOptionalText(input.notes, 'notes', LOT_LIMITS.notesMaxLength),
  };
}

export interface AssayInput {
  psilocybinMgPerG: unknown;
  psilocinMgPerG?: unknown;
  basis: unknown;
  lab: unknown;
  assayedOn: unknown;
}

export interface NormalizedAssay {
  psilocybinMgPerG: number;
  psilocinMgPerG: number | null;
  basis: WeightBasis;
  lab: string;
  assayedOn: string;
}

const readMgPerG = (value: unknown, field: string): number =>
  readNumber(value, field, 0, LOT_LIMITS.mgPerGramMax);

/** An assay of a lot: only psilocybin-bearing lots are assayed for psilocybin and psilocin. */
export function normalizeAssay(
  input: AssayInput,
  lot: { substanceKind: SubstanceKind; receivedOn: string },
  today: string,
): NormalizedAssay {
  if (lot.substanceKind !== 'psilocybin' && lot.substanceKind !== 'psilocybin-truffles') {
    throw invalid('lotId', 'only-psilocybin-truffle-lot-psilocybin');
  }
  const psilocin = input.psilocinMgPerG;
  return {
    psilocybinMgPerG: readMgPerG(input.psilocybinMgPerG, 'psilocybinMgPerG'),
    psilocinMgPerG:
      psilocin === null || psilocin === undefined ? null : readMgPerG(psilocin, 'psilocinMgPerG'),
    basis: readEnum(input.basis, 'basis', WEIGHT_BASES),
    lab: readText(input.lab, 'lab', LOT_LIMITS.labMaxLength),
    assayedOn: readPastDate(input.assayedOn, 'assayedOn', today),
  };
}

export interface StoredAssay extends NormalizedAssay {
  id: string;
  createdAt: string;
}

/** The assay that counts: the latest by date, then by when it was recorded. */
export function currentAssay<T extends StoredAssay>(assays: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of assays) {
    if (
      !best ||
      a.assayedOn > best.assayedOn ||
      (a.assayedOn === best.assayedOn && a.createdAt > best.createdAt)
    ) {
      best = a;
    }
  }
  return best;
}
