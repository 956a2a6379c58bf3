import { describe, expect, it } from 'vitest';
import { kapPtsdFeder2025 } from '../programs/templates/kap-ptsd-feder-2025.ts';
import { psilocybinRetreat } from '../programs/templates/psilocybin-retreat.ts';
import { programInstruments, programTimepoints } from './timepoints.ts';

describe('programTimepoints', () => {
  it('orders a program by its nominal schedule and names baseline, end of treatment and follow-ups', () => {
    const def = kapPtsdFeder2025.definition;
    for (const id of programInstruments([def])) {
      const tps = programTimepoints([def], id);
      expect(tps[0]?.role).toBe('baseline');
      const days = tps.map((t) => t.nominalDay ?? Number.POSITIVE_INFINITY);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      expect(tps.filter((t) => t.role === 'end-of-treatment').length).toBeLessThanOrEqual(1);
      const end = tps.findIndex((t) => t.role === 'end-of-treatment');
      if (end >= 0) expect(tps.slice(end + 1).every((t) => t.role === 'follow-up')).toBe(true);
    }
  });

  it('keeps the timepoints an older version had and the current one dropped', () => {
    const current = psilocybinRetreat.definition;
    const id = current.assessments[0]!.instrumentId;
    const older = {
      ...current,
      assessments: [
        ...current.assessments,
        { ...current.assessments[0]!, key: 'old-extra', label: 'Old extra' },
      ],
    };
    const keys = programTimepoints([current, older], id).map((t) => t.key);
    expect(keys).toContain('old-extra#1');
    expect(new Set(keys).size).toBe(keys.length);
  });
});
