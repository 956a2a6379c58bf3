import { describe, expect, it } from 'vitest';
import { refusalOf } from '../instruments/testing.ts';
import type { StoredAssay } from './lots.ts';
import { resolveProduct } from './product.ts';

const truffleLot = { id: 'lot-1', code: 'T-1', substanceKind: 'psilocybin-truffles' as const };
const ketLot = { id: 'lot-2', code: 'K-1', substanceKind: 'ketamine-racemic' as const };
const assay: StoredAssay = {
  id: 'as-1',
  psilocybinMgPerG: 1.5,
  psilocinMgPerG: 0.4,
  basis: 'fresh',
  lab: 'L',
  assayedOn: '2026-03-01',
  createdAt: 'x',
};

describe('resolveProduct', () => {
  it('keeps an mg dose as given, with or without a kind and lot', () => {
    expect(resolveProduct({ doseMg: 35, lot: null, assay: null })).toMatchObject({
      substanceKind: null,
      doseMg: 35,
      doseAmount: 35,
      doseUnit: 'mg',
      lotId: null,
    });
    expect(
      resolveProduct({ substanceKind: 'ketamine-racemic', doseMg: 70, lot: ketLot, assay: null }),
    ).toMatchObject({
      substanceKind: 'ketamine-racemic',
      lotId: 'lot-2',
      lotCode: 'K-1',
    });
  });

  it('computes a truffle dose from grams and the assay on the same basis (hand-computed)', () => {
    // 10 g fresh × 1.5 mg/g = 15 mg psilocybin; × 0.4 mg/g = 4 mg psilocin
    const p = resolveProduct({
      substanceKind: 'psilocybin-truffles',
      truffles: { grams: 10, basis: 'fresh' },
      lot: truffleLot,
      assay,
    });
    expect(p).toEqual({
      substanceKind: 'psilocybin-truffles',
      doseMg: 15,
      doseAmount: 10,
      doseUnit: 'g-fresh',
      lotId: 'lot-1',
      lotCode: 'T-1',
      assayId: 'as-1',
      psilocinMg: 4,
    });
  });

  it('refuses a truffle dose it cannot turn into mg, naming the field', () => {
    const t = { substanceKind: 'psilocybin-truffles', truffles: { grams: 10, basis: 'fresh' } };
    expect(refusalOf(() => resolveProduct({ ...t, lot: truffleLot, assay: null })).message).toContain(
      'has no assay',
    );
    expect(refusalOf(() => resolveProduct({ ...t, lot: null, assay: null })).fields[0]!.field).toBe('lotId');
    expect(
      refusalOf(() => resolveProduct({ ...t, truffles: { grams: 10, basis: 'dry' }, lot: truffleLot, assay }))
        .fields[0]!.field,
    ).toBe('truffles.basis');
    expect(
      refusalOf(() => resolveProduct({ ...t, doseMg: 15, lot: truffleLot, assay })).fields[0]!.field,
    ).toBe('doseMg');
    expect(
      refusalOf(() =>
        resolveProduct({ ...t, truffles: { grams: 0, basis: 'fresh' }, lot: truffleLot, assay }),
      ).fields[0]!.field,
    ).toBe('truffles.grams');
    expect(
      refusalOf(() => resolveProduct({ ...t, truffles: null, lot: truffleLot, assay })).fields[0]!.field,
    ).toBe('truffles');
  });

  it('refuses a lot of another substance, a lot without a kind, and grams for an mg substance', () => {
    expect(
      refusalOf(() => resolveProduct({ substanceKind: 'esketamine', doseMg: 56, lot: ketLot, assay: null }))
        .message,
    ).toContain('holds ketamine-racemic');
    expect(refusalOf(() => resolveProduct({ doseMg: 56, lot: ketLot, assay: null })).fields[0]!.field).toBe(
      'substanceKind',
    );
    expect(
      refusalOf(() =>
        resolveProduct({
          substanceKind: 'esketamine',
          doseMg: 56,
          truffles: { grams: 1, basis: 'dry' },
          lot: null,
          assay: null,
        }),
      ).fields[0]!.field,
    ).toBe('truffles');
    expect(
      refusalOf(() => resolveProduct({ substanceKind: 'esketamine', lot: null, assay: null })).fields[0]!
        .field,
    ).toBe('doseMg');
    expect(
      refusalOf(() => resolveProduct({ substanceKind: 'mdma', doseMg: 1, lot: null, assay: null })).fields[0]!
        .field,
    ).toBe('substanceKind');
  });
});
