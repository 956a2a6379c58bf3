import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import {
  AE_ACTIONS,
  AE_COMMON_TYPES,
  AE_GRADES,
  AE_OUTCOMES,
  aeGradeLabel,
  normalizeAdverseEvent,
} from './adverse-events.ts';

describe('adverse-event vocabulary', () => {
  it('grades 1–5 with the CTCAE labels', () => {
    expect(AE_GRADES.map((g) => `${g.grade} ${g.label}`)).toEqual([
      '1 Mild',
      '2 Moderate',
      '3 Severe',
      '4 Life-threatening',
      '5 Death',
    ]);
    expect(aeGradeLabel(3)).toBe('Severe');
  });

  it('actions, outcomes and common types', () => {
    expect(AE_ACTIONS).toEqual([
      'none',
      'observation',
      'medication given',
      'dose stopped',
      'escalated to emergency care',
    ]);
    expect(AE_OUTCOMES).toEqual(['resolved', 'resolving', 'ongoing', 'resolved with sequelae', 'fatal']);
    expect(AE_COMMON_TYPES).toEqual([
      'nausea',
      'vomiting',
      'dissociation distress',
      'anxiety',
      'hypertension',
      'headache',
      'dizziness',
      'other',
    ]);
  });
});

describe('normalizeAdverseEvent', () => {
  const ok = {
    type: ' nausea ',
    grade: 1,
    action: 'observation',
    outcome: 'resolved',
    onsetAt: '2026-05-04T10:30:00+02:00',
    notes: ' ',
  };

  it('trims, normalises the time and blank notes', () => {
    expect(normalizeAdverseEvent(ok)).toEqual({
      type: 'nausea',
      grade: 1,
      action: 'observation',
      outcome: 'resolved',
      onsetAt: '2026-05-04T08:30:00.000Z',
      notes: null,
    });
  });

  it('accepts free-text types', () => {
    expect(normalizeAdverseEvent({ ...ok, type: 'Tingling in the hands' }).type).toBe(
      'Tingling in the hands',
    );
  });

  it('grade 5 goes with the outcome fatal, and only then', () => {
    expect(normalizeAdverseEvent({ ...ok, grade: 5, outcome: 'fatal' }).grade).toBe(5);
    expect(
      caught(() => normalizeAdverseEvent({ ...ok, grade: 5, outcome: 'ongoing' })).fields[0]?.field,
    ).toBe('outcome');
    expect(caught(() => normalizeAdverseEvent({ ...ok, grade: 4, outcome: 'fatal' })).fields[0]?.field).toBe(
      'outcome',
    );
  });

  it.each([
    [{ grade: 0 }, 'grade'],
    [{ grade: 6 }, 'grade'],
    [{ grade: 2.5 }, 'grade'],
    [{ action: 'ignored' }, 'action'],
    [{ outcome: 'gone' }, 'outcome'],
    [{ type: '' }, 'type'],
    [{ onsetAt: 'this morning' }, 'onsetAt'],
    [{ onsetAt: '2026-02-30T10:00:00Z' }, 'onsetAt'],
    [{ notes: 'x'.repeat(4001) }, 'notes'],
  ])('refuses %j naming %s', (over, field) => {
    expect(caught(() => normalizeAdverseEvent({ ...ok, ...over })).fields[0]?.field).toBe(field);
  });
});
