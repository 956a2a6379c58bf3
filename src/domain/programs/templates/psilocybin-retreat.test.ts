import { describe, expect, it } from 'vitest';
import { normalizeDefinition } from '../definition.ts';
import { psilocybinRetreat as t } from './psilocybin-retreat.ts';
import { calendar, countByPhase, rows, schedule } from './testing.ts';

describe('template psilocybin-retreat', () => {
  it('is a valid cohort program for psilocybin', () => {
    expect(normalizeDefinition(t.definition)).toEqual(t.definition);
    expect(t.definition).toMatchObject({ modality: 'psilocybin', format: 'cohort', arms: [] });
  });

  it('has 2 preparation sessions, 3 retreat days and 2 integration sessions', () => {
    expect(countByPhase(calendar(t))).toEqual({ preparation: 2, immersion: 3, integration: 2 });
    const kinds = calendar(t).map((s) => `${s.phase}:${s.kind}`);
    expect(kinds).toEqual([
      'preparation:personal',
      'preparation:group',
      'immersion:group',
      'immersion:group',
      'immersion:group',
      'integration:personal',
      'integration:group',
    ]);
  });

  it('every retreat day is a dosing-cleared session with oral psilocybin and no dose set', () => {
    const retreat = calendar(t).filter((s) => s.phase === 'immersion');
    expect(retreat.map((s) => s.day)).toEqual([0, 1, 2]);
    for (const s of retreat)
      expect(s.dosing).toEqual({ substance: 'psilocybin', route: 'oral', mgPerKg: null });
    expect(calendar(t).filter((s) => s.phase !== 'immersion' && s.dosing !== null)).toEqual([]);
  });

  it('plans the calendar at 10:00 local, across the change to summer time on 29 March 2026', () => {
    expect(rows(calendar(t))).toEqual([
      'preparation-personal#1 2026-03-13 10:00–11:00',
      'preparation-group#1 2026-03-20 10:00–12:00',
      'retreat-day#1 2026-03-27 10:00–18:00',
      'retreat-day#2 2026-03-28 10:00–18:00',
      'retreat-day#3 2026-03-29 10:00–18:00',
      'integration-personal#1 2026-04-03 10:00–11:00',
      'integration-group#1 2026-04-10 10:00–12:00',
    ]);
    expect(calendar(t).find((s) => s.day === 2)?.startsAt).toBe('2026-03-29T08:00:00.000Z');
    expect(calendar(t).find((s) => s.day === 0)?.startsAt).toBe('2026-03-27T09:00:00.000Z');
  });

  it('schedules PHQ-9 and GAD-7 at baseline, a week, a month and three months after the retreat, and MEQ-30', () => {
    expect(schedule(t)).toEqual([
      'phq-9-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'gad-7-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'meq-30-after-retreat#1 2026-03-30 10:00 (2026-03-29 10:00 – 2026-04-06 10:00)',
      'phq-9-week-1#1 2026-04-05 10:00 (2026-04-03 10:00 – 2026-04-12 10:00)',
      'gad-7-week-1#1 2026-04-05 10:00 (2026-04-03 10:00 – 2026-04-12 10:00)',
      'phq-9-month-1#1 2026-04-29 10:00 (2026-04-22 10:00 – 2026-05-13 10:00)',
      'gad-7-month-1#1 2026-04-29 10:00 (2026-04-22 10:00 – 2026-05-13 10:00)',
      'phq-9-month-3#1 2026-06-29 10:00 (2026-06-15 10:00 – 2026-07-13 10:00)',
      'gad-7-month-3#1 2026-06-29 10:00 (2026-06-15 10:00 – 2026-07-13 10:00)',
    ]);
  });

  it('the baseline window closes when the first retreat day starts', () => {
    const first = calendar(t).find((s) => s.dosing)!;
    expect(schedule(t)[0]).toContain('– 2026-03-27 10:00)');
    expect(first.startsAt).toBe('2026-03-27T09:00:00.000Z');
  });

  it('cites the article’s program description and names the defaults', () => {
    expect(t.definition.source).toMatchObject({ doi: null, studyId: null });
    expect(t.definition.source?.note).toMatch(/Defaults for the clinic to set/);
    expect(t.definition.source?.note).toMatch(/ceremony/);
  });
});
