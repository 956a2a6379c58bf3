import { describe, expect, it } from 'vitest';
import { BUILTIN_STUDIES } from '../../domain/evidence/library/index.ts';
import { countOutcomes, defaultOutcome, idsFrom, libraryTable, metaPathFor } from './library.ts';

const feder = BUILTIN_STUDIES.find((s) => s.id === 'feder-2025')!;

describe('studies from the evidence library in the meta-analysis', () => {
  it('offers only outcomes the library gives as counts, a response first', () => {
    const outcomes = countOutcomes(feder);
    expect(outcomes.map((o) => [o.events, o.total])).toEqual([
      [9, 13],
      [8, 13],
    ]);
    expect(defaultOutcome(outcomes)!.text).toBe(
      'response (≥30% CAPS-5 improvement), ketamine + WET, week 12 after WET start: 9 of 13',
    );
    expect(countOutcomes({ outcomes: [{ ...feder.outcomes[0]!, events: 14, total: 13 }] })).toEqual([]);
    expect(defaultOutcome([])).toBeNull();
  });

  it('fills one row per study with xi and ni, pooled as PLO with REML', () => {
    const outcome = defaultOutcome(countOutcomes(feder))!;
    const table = libraryTable([{ citation: 'Feder et al. 2025', outcome }]);
    expect(table.settings).toEqual({ measure: 'PLO', method: 'REML' });
    expect(table.rows.map((r) => [r.study, r.cells])).toEqual([['Feder et al. 2025', { xi: '9', ni: '13' }]]);
  });

  it('carries the selection in the address, each id once', () => {
    expect(metaPathFor(['feder-2025', 'goodwin-2022'])).toBe('/meta?studies=feder-2025,goodwin-2022');
    expect(idsFrom(new URLSearchParams('studies=a,,b,a'))).toEqual(['a', 'b']);
    expect(idsFrom(new URLSearchParams(''))).toEqual([]);
  });
});
