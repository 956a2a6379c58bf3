import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../programs/types.ts';
import { checklistFor, evaluateScreening } from './index.ts';

describe('checklistFor', () => {
  it.each(MODALITIES)('gives the %s checklist', (modality) => {
    expect(checklistFor(modality).modality).toBe(modality);
  });

  it('the generic checklist serves programs of modality other', () => {
    expect(checklistFor('other').id).toBe('general-screening');
  });

  it('a fully answered ketamine screening with no yes is clean', () => {
    const list = checklistFor('ketamine');
    const answers = Object.fromEntries(list.items.map((i) => [i.id, 'no' as const]));
    expect(evaluateScreening(list, answers)).toEqual({ hardStops: [], cautions: [], unanswered: [] });
  });
});
