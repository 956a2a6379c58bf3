import { describe, expect, it } from 'vitest';
import { normalizeDefinition } from '../definition.ts';
import { groupKapRobison2022 as t } from './group-kap-robison-2022.ts';
import { calendar, countByPhase, rows, schedule } from './testing.ts';

describe('template group-kap-robison-2022', () => {
  it('is a valid cohort ketamine program', () => {
    expect(normalizeDefinition(t.definition)).toEqual(t.definition);
    expect(t.definition).toMatchObject({ modality: 'ketamine', format: 'cohort', arms: [] });
  });

  it('has four weekly group IM ketamine sessions', () => {
    const cal = calendar(t);
    expect(countByPhase(cal)).toEqual({ immersion: 4 });
    for (const s of cal) {
      expect(s.kind).toBe('group');
      expect(s.dosing).toEqual({ substance: 'ketamine', route: 'IM', mgPerKg: null });
    }
    expect(rows(cal)).toEqual([
      'group-ketamine#1 2026-03-27 10:00–13:00',
      'group-ketamine#2 2026-04-03 10:00–13:00',
      'group-ketamine#3 2026-04-10 10:00–13:00',
      'group-ketamine#4 2026-04-17 10:00–13:00',
    ]);
  });

  it('schedules PHQ-9 and GAD-7 before each dosing and 24 hours after', () => {
    expect(schedule(t)).toEqual([
      'phq-9-pre-dose#1 2026-03-27 10:00 (2026-03-26 10:00 – 2026-03-27 10:00)',
      'gad-7-pre-dose#1 2026-03-27 10:00 (2026-03-26 10:00 – 2026-03-27 10:00)',
      'phq-9-post-24h#1 2026-03-28 10:00 (2026-03-28 10:00 – 2026-03-29 10:00)',
      'gad-7-post-24h#1 2026-03-28 10:00 (2026-03-28 10:00 – 2026-03-29 10:00)',
      'phq-9-pre-dose#2 2026-04-03 10:00 (2026-04-02 10:00 – 2026-04-03 10:00)',
      'gad-7-pre-dose#2 2026-04-03 10:00 (2026-04-02 10:00 – 2026-04-03 10:00)',
      'phq-9-post-24h#2 2026-04-04 10:00 (2026-04-04 10:00 – 2026-04-05 10:00)',
      'gad-7-post-24h#2 2026-04-04 10:00 (2026-04-04 10:00 – 2026-04-05 10:00)',
      'phq-9-pre-dose#3 2026-04-10 10:00 (2026-04-09 10:00 – 2026-04-10 10:00)',
      'gad-7-pre-dose#3 2026-04-10 10:00 (2026-04-09 10:00 – 2026-04-10 10:00)',
      'phq-9-post-24h#3 2026-04-11 10:00 (2026-04-11 10:00 – 2026-04-12 10:00)',
      'gad-7-post-24h#3 2026-04-11 10:00 (2026-04-11 10:00 – 2026-04-12 10:00)',
      'phq-9-pre-dose#4 2026-04-17 10:00 (2026-04-16 10:00 – 2026-04-17 10:00)',
      'gad-7-pre-dose#4 2026-04-17 10:00 (2026-04-16 10:00 – 2026-04-17 10:00)',
      'phq-9-post-24h#4 2026-04-18 10:00 (2026-04-18 10:00 – 2026-04-19 10:00)',
      'gad-7-post-24h#4 2026-04-18 10:00 (2026-04-18 10:00 – 2026-04-19 10:00)',
    ]);
  });

  it('cites Robison et al. with DOI and library id, with the N = 5 correction and the 4 h timepoint', () => {
    expect(t.definition.source).toMatchObject({ doi: '10.1186/s40337-022-00588-9', studyId: 'robison-2022' });
    expect(t.definition.source?.note).toMatch(/N = 5/);
    expect(t.definition.source?.note).toMatch(/4 h/);
  });
});
