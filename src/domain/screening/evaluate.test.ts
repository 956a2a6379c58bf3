import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import { assertCanDecide, evaluateScreening } from './evaluate.ts';
import type { Checklist, ScreeningAnswer } from './types.ts';

const checklist: Checklist = {
  id: 'test',
  version: 'test-1',
  modality: 'other',
  title: 'Test',
  source: 'test',
  items: [
    { id: 'stop-1', text: 'Stop one', severity: 'hard-stop', guidance: 'g' },
    { id: 'stop-2', text: 'Stop two', severity: 'hard-stop', guidance: 'g' },
    { id: 'care-1', text: 'Care one', severity: 'caution', guidance: 'g' },
  ],
};
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);
const allNo: Record<string, ScreeningAnswer> = { 'stop-1': 'no', 'stop-2': 'no', 'care-1': 'no' };

describe('evaluateScreening', () => {
  it('all no: nothing to report', () => {
    expect(evaluateScreening(checklist, allNo)).toEqual({ hardStops: [], cautions: [], unanswered: [] });
  });

  it('sorts yes answers by severity, and missing or unknown answers as unanswered', () => {
    const e = evaluateScreening(checklist, { 'stop-1': 'yes', 'care-1': 'yes', 'stop-2': 'unknown' });
    expect(ids(e.hardStops)).toEqual(['stop-1']);
    expect(ids(e.cautions)).toEqual(['care-1']);
    expect(ids(e.unanswered)).toEqual(['stop-2']);
    expect(ids(evaluateScreening(checklist, {}).unanswered)).toEqual(['stop-1', 'stop-2', 'care-1']);
  });

  it('refuses an answer to an item the checklist does not have', () => {
    const e = caught(() => evaluateScreening(checklist, { ...allNo, other: 'no' }));
    expect(e.fields[0]?.field).toBe('answers.other');
  });

  it('refuses an answer other than yes, no or unknown', () => {
    const e = caught(() => evaluateScreening(checklist, { ...allNo, 'stop-1': 'maybe' as ScreeningAnswer }));
    expect(e.fields[0]?.field).toBe('answers.stop-1');
  });
});

describe('assertCanDecide', () => {
  const clean = evaluateScreening(checklist, allNo);
  const withStop = evaluateScreening(checklist, { ...allNo, 'stop-2': 'yes' });
  const withCaution = evaluateScreening(checklist, { ...allNo, 'care-1': 'yes' });
  const withUnknown = evaluateScreening(checklist, { ...allNo, 'care-1': 'unknown' });
  const withMissing = evaluateScreening(checklist, { 'stop-1': 'no', 'stop-2': 'no' });

  it('eligible with no hard stop and every item answered; returns the trimmed rationale', () => {
    expect(assertCanDecide('eligible', clean, '  Reviewed with the medical lead. ')).toBe(
      'Reviewed with the medical lead.',
    );
  });

  it('eligible with a caution answered yes is allowed (the rationale addresses it)', () => {
    expect(assertCanDecide('eligible', withCaution, 'Caution reviewed')).toBe('Caution reviewed');
  });

  it('refuses eligible while a hard stop is yes, naming it', () => {
    const e = caught(() => assertCanDecide('eligible', withStop, 'x'));
    expect(e.kind).toBe('conflict');
    expect(e.message).toMatch(/Stop two/);
    expect(e.extra).toEqual({ hardStops: ['stop-2'], unanswered: [] });
  });

  it.each([
    ['unknown', withUnknown],
    ['missing', withMissing],
  ])('refuses eligible while an item is %s', (_name, evaluation) => {
    const e = caught(() => assertCanDecide('eligible', evaluation, 'x'));
    expect(e.kind).toBe('conflict');
    expect(e.extra).toEqual({ hardStops: [], unanswered: ['care-1'] });
  });

  it.each([
    ['clean', clean],
    ['a hard stop', withStop],
    ['an unknown item', withUnknown],
  ])('ineligible is always possible (%s)', (_name, evaluation) => {
    expect(assertCanDecide('ineligible', evaluation, 'Hard stop present')).toBe('Hard stop present');
  });

  it.each([null, undefined, '', '   '])('a rationale is required (%j), before anything else', (rationale) => {
    for (const decision of ['eligible', 'ineligible'] as const) {
      const e = caught(() => assertCanDecide(decision, withStop, rationale));
      expect(e.kind).toBe('validation');
      expect(e.fields[0]?.field).toBe('rationale');
    }
  });

  it('refuses a rationale over 4000 characters', () => {
    expect(caught(() => assertCanDecide('ineligible', clean, 'x'.repeat(4001))).fields[0]?.field).toBe(
      'rationale',
    );
  });
});
