import { describe, expect, it } from 'vitest';
import { normalizeDefinition } from '../definition.ts';
import { kapYermus2023 as t } from './kap-yermus-2023.ts';
import { calendar, countByPhase, rows, schedule } from './testing.ts';

describe('template kap-yermus-2023', () => {
  it('is a valid individual ketamine program', () => {
    expect(normalizeDefinition(t.definition)).toEqual(t.definition);
    expect(t.definition).toMatchObject({ modality: 'ketamine', format: 'individual', arms: [] });
  });

  it('ships six ketamine sessions with route and dose left to the clinic', () => {
    const doses = calendar(t).filter((s) => s.dosing);
    expect(doses).toHaveLength(6);
    for (const s of doses) expect(s.dosing).toEqual({ substance: 'ketamine', route: null, mgPerKg: null });
    expect(t.definition.source?.note).toMatch(/4–6/);
  });

  it('places integration after doses 1 and 2, then after every two doses', () => {
    const cal = calendar(t);
    const doseDays = cal.filter((s) => s.dosing).map((s) => s.day);
    const integrationDays = cal.filter((s) => s.phase === 'integration').map((s) => s.day);
    const after = [1, 2, 4, 6].map((n) => doseDays[n - 1]! + 1);
    expect(integrationDays).toEqual(after);
    expect(countByPhase(cal)).toEqual({ immersion: 6, integration: 4 });
  });

  it('plans the calendar at 10:00 local across the daylight-saving change', () => {
    expect(rows(calendar(t))).toEqual([
      'ketamine-session#1 2026-03-27 10:00–12:00',
      'integration-session#1 2026-03-28 10:00–11:00',
      'ketamine-session#2 2026-04-03 10:00–12:00',
      'integration-session#2 2026-04-04 10:00–11:00',
      'ketamine-session#3 2026-04-10 10:00–12:00',
      'ketamine-session#4 2026-04-17 10:00–12:00',
      'integration-session#3 2026-04-18 10:00–11:00',
      'ketamine-session#5 2026-04-24 10:00–12:00',
      'ketamine-session#6 2026-05-01 10:00–12:00',
      'integration-session#4 2026-05-02 10:00–11:00',
    ]);
  });

  it('schedules PHQ-9, GAD-7 and PCL-5 at baseline, 1, 3 and 6 months', () => {
    expect(schedule(t)).toEqual([
      'phq-9-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'gad-7-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'pcl-5-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'phq-9-month-1#1 2026-04-27 10:00 (2026-04-20 10:00 – 2026-05-11 10:00)',
      'gad-7-month-1#1 2026-04-27 10:00 (2026-04-20 10:00 – 2026-05-11 10:00)',
      'pcl-5-month-1#1 2026-04-27 10:00 (2026-04-20 10:00 – 2026-05-11 10:00)',
      'phq-9-month-3#1 2026-06-27 10:00 (2026-06-13 10:00 – 2026-07-11 10:00)',
      'gad-7-month-3#1 2026-06-27 10:00 (2026-06-13 10:00 – 2026-07-11 10:00)',
      'pcl-5-month-3#1 2026-06-27 10:00 (2026-06-13 10:00 – 2026-07-11 10:00)',
      'phq-9-month-6#1 2026-09-27 10:00 (2026-09-13 10:00 – 2026-10-25 10:00)',
      'gad-7-month-6#1 2026-09-27 10:00 (2026-09-13 10:00 – 2026-10-25 10:00)',
      'pcl-5-month-6#1 2026-09-27 10:00 (2026-09-13 10:00 – 2026-10-25 10:00)',
    ]);
  });

  it('cites the preprint with its DOI and library id, and says the study used the PCL-6', () => {
    expect(t.definition.source).toMatchObject({ doi: '10.1101/2023.01.11.23284248', studyId: 'yermus-2023' });
    expect(t.definition.source?.citation).toMatch(/retrospective effectiveness trial/);
    expect(t.definition.source?.note).toMatch(/PCL-6/);
    expect(t.definition.source?.note).toMatch(/Defaults for the clinic to set/);
  });
});
