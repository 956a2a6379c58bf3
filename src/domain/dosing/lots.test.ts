import { describe, expect, it } from 'vitest';
import { refusalOf } from '../instruments/testing.ts';
import { currentAssay, normalizeAssay, normalizeLot, type StoredAssay } from './lots.ts';

const TODAY = '2026-03-10';
const truffleLot = { substanceKind: 'psilocybin-truffles' as const, receivedOn: '2026-03-01' };

describe('lots', () => {
  it('trims and keeps a lot', () => {
    expect(
      normalizeLot(
        { code: ' T-26-01 ', substanceKind: 'psilocybin-truffles', supplier: ' ', receivedOn: '2026-03-01' },
        TODAY,
      ),
    ).toEqual({
      code: 'T-26-01',
      substanceKind: 'psilocybin-truffles',
      supplier: null,
      receivedOn: '2026-03-01',
      notes: null,
    });
  });

  it('refuses a blank code, an unknown substance, a future or malformed date, naming the field', () => {
    const base = { code: 'A', substanceKind: 'esketamine', receivedOn: '2026-03-01' };
    expect(refusalOf(() => normalizeLot({ ...base, code: '  ' }, TODAY)).fields[0]!.field).toBe('code');
    expect(refusalOf(() => normalizeLot({ ...base, substanceKind: 'lsd' }, TODAY)).fields[0]!.field).toBe(
      'substanceKind',
    );
    expect(refusalOf(() => normalizeLot({ ...base, receivedOn: '2026-03-11' }, TODAY)).message).toContain(
      'future',
    );
    expect(refusalOf(() => normalizeLot({ ...base, receivedOn: '2026-02-30' }, TODAY)).fields[0]!.field).toBe(
      'receivedOn',
    );
  });
});

describe('assays', () => {
  const assay = {
    psilocybinMgPerG: 1.5,
    psilocinMgPerG: 0.4,
    basis: 'fresh',
    lab: 'Lab',
    assayedOn: '2026-03-05',
  };

  it('keeps an assay of a truffle lot', () => {
    expect(normalizeAssay(assay, truffleLot, TODAY)).toEqual({ ...assay, basis: 'fresh' });
    expect(normalizeAssay({ ...assay, psilocinMgPerG: null }, truffleLot, TODAY).psilocinMgPerG).toBeNull();
  });

  it('refuses an assay of a ketamine lot and impossible amounts', () => {
    expect(
      refusalOf(() => normalizeAssay(assay, { ...truffleLot, substanceKind: 'esketamine' }, TODAY)).fields[0]!
        .field,
    ).toBe('lotId');
    expect(
      refusalOf(() => normalizeAssay({ ...assay, psilocybinMgPerG: 1001 }, truffleLot, TODAY)).fields[0]!
        .field,
    ).toBe('psilocybinMgPerG');
    expect(
      refusalOf(() => normalizeAssay({ ...assay, psilocinMgPerG: -1 }, truffleLot, TODAY)).fields[0]!.field,
    ).toBe('psilocinMgPerG');
    expect(
      refusalOf(() => normalizeAssay({ ...assay, basis: 'wet' }, truffleLot, TODAY)).fields[0]!.field,
    ).toBe('basis');
  });

  it('takes the latest assay by date, then by when it was recorded', () => {
    const a = (id: string, assayedOn: string, createdAt: string): StoredAssay => ({
      id,
      assayedOn,
      createdAt,
      psilocybinMgPerG: 1,
      psilocinMgPerG: null,
      basis: 'dry',
      lab: 'L',
    });
    expect(currentAssay([])).toBeNull();
    expect(currentAssay([a('1', '2026-01-01', 'x2'), a('2', '2026-02-01', 'x1')])!.id).toBe('2');
    expect(currentAssay([a('1', '2026-02-01', 'x1'), a('2', '2026-02-01', 'x2')])!.id).toBe('2');
  });
});
