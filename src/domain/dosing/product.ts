/**
 * What was given, as data: the substance and form, the dose with its unit, the lot and — where the
 * lot was assayed — its potency. A truffle dose is weighed in grams (fresh or dry); its psilocybin
 * dose in mg comes from the lot's current assay on the same weight basis, and without one it is
 * refused: the mg/kg checks before a dose need the mg. No fresh-to-dry conversion is assumed.
 */
import { invalid } from '../errors.ts';
import { readEnum, readNumber } from '../programs/read.ts';
import { DOSE_LIMITS } from './dose.ts';
import {
  type StoredAssay,
  SUBSTANCE_KINDS,
  type SubstanceKind,
  WEIGHT_BASES,
  type WeightBasis,
} from './lots.ts';

export const DOSE_UNITS = ['mg', 'g-fresh', 'g-dry'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

/** Grams of truffles in one dose: above 0, at most this (an input check, not a clinical limit). */
export const TRUFFLE_GRAMS_MAX = 500;

export interface ProductInput {
  substanceKind?: unknown;
  doseMg?: unknown;
  /** Only for truffles: the weighed amount and whether it is fresh or dry weight. */
  truffles?: { grams: unknown; basis: unknown } | null;
  lot: { id: string; code: string; substanceKind: SubstanceKind } | null;
  /** The lot's current assay (see currentAssay), or null. */
  assay: StoredAssay | null;
}

export interface Product {
  substanceKind: SubstanceKind | null;
  doseMg: number;
  doseAmount: number;
  doseUnit: DoseUnit;
  lotId: string | null;
  lotCode: string | null;
  /** The assay a truffle dose's mg was computed from. */
  assayId: string | null;
  /** Psilocin in mg in a truffle dose, where the assay gives it. */
  psilocinMg: number | null;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function lotMatches(kind: SubstanceKind | null, lot: ProductInput['lot']): void {
  if (!lot) return;
  if (kind === null) throw invalid('substanceKind', 'required-when-lot-chosen');
  if (lot.substanceKind !== kind) {
    throw invalid('lotId', 'lot-holds-not', { code: lot.code, substanceKind: lot.substanceKind, kind });
  }
}

function truffleDose(input: ProductInput): Product {
  if (input.doseMg !== undefined && input.doseMg !== null) {
    throw invalid('doseMg', 'computed-from-lots-assay-truffle');
  }
  if (!input.truffles) throw invalid('truffles', 'required-truffle-dose-grams-fresh');
  const grams = readNumber(input.truffles.grams, 'truffles.grams', 0, TRUFFLE_GRAMS_MAX);
  if (grams === 0) throw invalid('truffles.grams', 'above-0');
  const basis: WeightBasis = readEnum(input.truffles.basis, 'truffles.basis', WEIGHT_BASES);
  if (!input.lot) throw invalid('lotId', 'required-truffle-dose-psilocybin-mg');
  const assay = input.assay;
  if (!assay) throw invalid('lotId', 'lot-no-assay-record-one', { code: input.lot.code });
  if (assay.basis !== basis) {
    throw invalid('truffles.basis', 'assay-lot-per-gram-weight', {
      code: input.lot.code,
      basis: assay.basis,
      basis2: assay.basis,
    });
  }
  const doseMg = round3(grams * assay.psilocybinMgPerG);
  if (!(doseMg > DOSE_LIMITS.doseMg.min) || doseMg > DOSE_LIMITS.doseMg.max) {
    throw invalid('truffles.grams', 'gives-mg-psilocybin-outside-0', { doseMg, max: DOSE_LIMITS.doseMg.max });
  }
  return {
    substanceKind: 'psilocybin-truffles',
    doseMg,
    doseAmount: grams,
    doseUnit: basis === 'fresh' ? 'g-fresh' : 'g-dry',
    lotId: input.lot.id,
    lotCode: input.lot.code,
    assayId: assay.id,
    psilocinMg: assay.psilocinMgPerG === null ? null : round3(grams * assay.psilocinMgPerG),
  };
}

/** Checks the substance, dose, unit and lot together; the dose in mg is what the safety checks use. */
export function resolveProduct(input: ProductInput): Product {
  const kind =
    input.substanceKind === undefined || input.substanceKind === null
      ? null
      : readEnum(input.substanceKind, 'substanceKind', SUBSTANCE_KINDS);
  lotMatches(kind, input.lot);
  if (kind === 'psilocybin-truffles') return truffleDose(input);
  if (input.truffles) throw invalid('truffles', 'only-truffle-dose');
  const { min, max } = DOSE_LIMITS.doseMg;
  if (input.doseMg === undefined || input.doseMg === null) throw invalid('doseMg', 'required');
  const doseMg = readNumber(input.doseMg, 'doseMg', min, max);
  if (doseMg === min) throw invalid('doseMg', 'above-0');
  return {
    substanceKind: kind,
    doseMg,
    doseAmount: doseMg,
    doseUnit: 'mg',
    lotId: input.lot?.id ?? null,
    lotCode: input.lot?.code ?? null,
    assayId: null,
    psilocinMg: null,
  };
}
