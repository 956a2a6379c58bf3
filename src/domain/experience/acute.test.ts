/**
 * Acute experience by dose band, lot and setting against R (fixtures/make-fixtures.R): bands by R's
 * quantile type 7, complete experiences with prop.test (Wilson), mean MEQ-30 totals with t.test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACUTE_DIMENSIONS, acuteCells } from './acute.ts';
import { deriveDoseBands } from './dose-bands.ts';
import { close, type Fixtures, recordsOf } from './test-fixtures.ts';
import type { AcuteCell } from './types.ts';

const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8'),
) as Fixtures;
const records = recordsOf(fixtures);

const bandings = deriveDoseBands(records);
const R_DIMENSION: Record<string, string> = { band: 'doseBand' };

/** R's band keys ("psilocybin t2", "ketamine-racemic v1") as the domain's ("psilocybin:2"). */
const keyOf = (dimension: string, key: string): string =>
  dimension === 'band' ? key.replace(/ [tv](\d)$/, ':$1') : key;

describe('dose bands', () => {
  it('are per substance, mg/kg only when every dose has a weight, tertiles as R cuts them', () => {
    for (const r of fixtures.acute.bands) {
      const b = bandings.find((x) => x.substance === r.substance)!;
      expect(b.unit).toBe(r.unit);
      expect(b.method).toBe(r.method);
      expect(b.cuts.length).toBe(r.cuts.length);
      for (const [i, c] of b.cuts.entries()) close(c, r.cuts[i]);
      if (r.method === 'values') expect(b.bands.map((x) => x.lower)).toEqual(r.values);
    }
  });
});

describe('acute cells', () => {
  const cells = new Map<string, AcuteCell>();
  for (const d of ACUTE_DIMENSIONS)
    for (const c of acuteCells(d, records, bandings)) cells.set(`${d}|${c.value}`, c);

  it('match R cell by cell, and no cell is left out', () => {
    expect(cells.size).toBe(fixtures.acute.cells.length);
    for (const r of fixtures.acute.cells) {
      const c = cells.get(`${R_DIMENSION[r.dimension] ?? r.dimension}|${keyOf(r.dimension, r.key)}`);
      expect(c, `${r.dimension} ${r.key}`).toBeDefined();
      expect([c!.doses, c!.complete.n, c!.clients, c!.complete.events]).toEqual([
        r.doses,
        r.n,
        r.clients,
        r.events,
      ]);
      if (r.n > 0) {
        close(c!.complete.percent, r.percent);
        close(c!.complete.ci?.lower, r.lower);
        close(c!.complete.ci?.upper, r.upper);
        close(c!.meqTotal.mean, r.mean);
      }
      if (r.meanLower !== undefined) {
        close(c!.meqTotal.sd, r.sd);
        close(c!.meqTotal.ci?.lower, r.meanLower);
        close(c!.meqTotal.ci?.upper, r.meanUpper);
      } else {
        expect(c!.meqTotal.ci).toBeNull();
      }
    }
  });

  it('never put two substances in one dose band', () => {
    for (const c of acuteCells('doseBand', records, bandings)) {
      const substances = new Set(records.filter((r) => r.substance === c.substance).map((r) => r.substance));
      expect(substances.size).toBe(1);
      expect(c.value.startsWith(`${c.substance}:`)).toBe(true);
    }
  });

  it('show the CEQ only where CEQ scores exist', () => {
    expect(acuteCells('lot', records, bandings).every((c) => c.ceqTotal === null)).toBe(true);
    const withCeq = records.map((r, i) => ({ ...r, ceqTotal: i < 4 ? 20 + i : null }));
    const p1 = acuteCells('lot', withCeq, bandings).find((c) => c.value === 'P-1')!;
    expect(p1.ceqTotal?.n).toBe(3);
    close(p1.ceqTotal?.mean, 21);
  });
});
