import { describe, expect, it } from 'vitest';
import { getInstrument, INSTRUMENTS } from '../instruments/registry.ts';
import { hasRiskFlag } from '../safety/alerts.ts';
import { isRiskAnswer, riskItems } from './risk-items.ts';

/** Every item at its lowest answer: no instrument flags risk then. */
const lowest = (id: string) =>
  Object.fromEntries(
    getInstrument(id).items.map((i) => [i.linkId, Math.min(...i.options.map((o) => o.value))]),
  );

describe('riskItems', () => {
  it('names PHQ-9 item 9 and QIDS-SR16 item 12 from their safety rules', () => {
    expect(riskItems(getInstrument('phq-9'))).toEqual([{ linkId: 'q9', minValue: 1 }]);
    expect(riskItems(getInstrument('qids-sr16'))).toEqual([{ linkId: 'q12', minValue: 1 }]);
    expect(riskItems(getInstrument('gad-7'))).toEqual([]);
    expect(riskItems(getInstrument('who-5'))).toEqual([]);
  });

  it.each(INSTRUMENTS.map((i) => [i.id]))('agrees with what %s scoring flags', (id) => {
    const instrument = getInstrument(id);
    for (const trigger of riskItems(instrument)) {
      const base = lowest(id);
      // Below the trigger: no risk flag; at it: the scoring function raises one.
      expect(hasRiskFlag(instrument.score({ ...base, [trigger.linkId]: trigger.minValue - 1 }).flags)).toBe(
        false,
      );
      expect(hasRiskFlag(instrument.score({ ...base, [trigger.linkId]: trigger.minValue }).flags)).toBe(true);
    }
    // An instrument whose scoring can raise a risk flag declares the item that does it.
    const flagsRisk = instrument.safety.some((r) => r.flag === 'suicide-risk');
    expect(riskItems(instrument).length > 0).toBe(flagsRisk);
  });

  it('tells a risk answer from others', () => {
    const t = [{ linkId: 'q9', minValue: 1 }];
    expect(isRiskAnswer(t, 'q9', 2)).toBe(true);
    expect(isRiskAnswer(t, 'q9', 0)).toBe(false);
    expect(isRiskAnswer(t, 'q9', null)).toBe(false);
    expect(isRiskAnswer(t, 'q8', 3)).toBe(false);
  });
});
