/**
 * VAT from an organization's settings: a rate in basis points (2100 = 21 %), whether listed prices
 * include VAT, and the organization's VAT number. All integer minor units; the VAT share is
 * rounded half up once per amount, so net + VAT is always exactly the gross charged.
 */
import { invalid } from '../errors.ts';

export interface VatSettings {
  /** Basis points: 2100 = 21 %, 900 = 9 %, 0 = exempt. */
  rateBasisPoints: number;
  /** True: listed prices already include VAT. */
  pricesIncludeVat: boolean;
  /** The organization's VAT identification number, as printed on invoices; null: none. */
  vatNumber: string | null;
}

export interface VatBreakdown {
  net: number;
  vat: number;
  gross: number;
  rateBasisPoints: number;
}

export const MAX_VAT_BASIS_POINTS = 10_000;

export function normalizeVat(input: VatSettings): VatSettings {
  const r = input.rateBasisPoints;
  if (!Number.isInteger(r) || r < 0 || r > MAX_VAT_BASIS_POINTS) {
    throw invalid('vatRateBasisPoints', 'integer-from-zero', { max: MAX_VAT_BASIS_POINTS });
  }
  const number = input.vatNumber?.replace(/[\s.]/g, '').toUpperCase() || null;
  if (number && !/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(number)) {
    throw invalid('vatNumber', 'vat-number-such-as-nl123456789b01');
  }
  return { rateBasisPoints: r, pricesIncludeVat: input.pricesIncludeVat, vatNumber: number };
}

const divRound = (a: number, b: number) => Math.floor((2 * a + b) / (2 * b));

/** The net, VAT and gross of a listed amount under the settings. */
export function vatFor(listedMinor: number, s: VatSettings): VatBreakdown {
  if (!Number.isSafeInteger(listedMinor) || listedMinor < 0) throw invalid('amount', 'integer-at-least-0');
  const r = s.rateBasisPoints;
  if (s.pricesIncludeVat) {
    const vat = divRound(listedMinor * r, 10_000 + r);
    return { net: listedMinor - vat, vat, gross: listedMinor, rateBasisPoints: r };
  }
  const vat = divRound(listedMinor * r, 10_000);
  return { net: listedMinor, vat, gross: listedMinor + vat, rateBasisPoints: r };
}

/** What a client is charged for a listed amount (the gross). */
export const chargeFor = (listedMinor: number, s: VatSettings): number => vatFor(listedMinor, s).gross;
