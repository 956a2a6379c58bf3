import { describe, expect, it } from 'vitest';
import { normalizeDefinition } from '../definition.ts';
import { kapChronicPainBatievsky2023 as t } from './kap-chronic-pain-batievsky-2023.ts';
import { calendar, countByPhase, rows, schedule } from './testing.ts';

describe('template kap-chronic-pain-batievsky-2023', () => {
  it('is a valid individual ketamine program with two arms', () => {
    expect(normalizeDefinition(t.definition)).toEqual(t.definition);
    expect(t.definition).toMatchObject({ modality: 'ketamine', format: 'individual' });
    expect(t.definition.arms.map((a) => a.key)).toEqual(['psychedelic', 'psycholytic']);
  });

  it('psychedelic arm: high-dose IM ketamine 24 h before each therapy session', () => {
    const cal = calendar(t, 'psychedelic');
    expect(countByPhase(cal)).toEqual({ immersion: 6, integration: 6 });
    const doses = cal.filter((s) => s.dosing);
    const therapy = cal.filter((s) => !s.dosing);
    for (const s of doses) expect(s.dosing).toEqual({ substance: 'ketamine', route: 'IM', mgPerKg: null });
    therapy.forEach((s, i) => {
      expect(Date.parse(s.startsAt) - Date.parse(doses[i]!.startsAt)).toBe(24 * 3600_000);
    });
    expect(rows(cal)).toEqual([
      'psychedelic-dosing#1 2026-03-27 10:00–12:00',
      'psychedelic-therapy#1 2026-03-28 10:00–11:00',
      'psychedelic-dosing#2 2026-04-03 10:00–12:00',
      'psychedelic-therapy#2 2026-04-04 10:00–11:00',
      'psychedelic-dosing#3 2026-04-10 10:00–12:00',
      'psychedelic-therapy#3 2026-04-11 10:00–11:00',
      'psychedelic-dosing#4 2026-04-17 10:00–12:00',
      'psychedelic-therapy#4 2026-04-18 10:00–11:00',
      'psychedelic-dosing#5 2026-04-24 10:00–12:00',
      'psychedelic-therapy#5 2026-04-25 10:00–11:00',
      'psychedelic-dosing#6 2026-05-01 10:00–12:00',
      'psychedelic-therapy#6 2026-05-02 10:00–11:00',
    ]);
  });

  it('psycholytic arm: low-dose sublingual ketamine during therapy', () => {
    const cal = calendar(t, 'psycholytic');
    for (const s of cal)
      expect(s.dosing).toEqual({ substance: 'ketamine', route: 'sublingual', mgPerKg: null });
    expect(rows(cal)).toEqual([
      'psycholytic-session#1 2026-03-27 10:00–11:30',
      'psycholytic-session#2 2026-04-03 10:00–11:30',
      'psycholytic-session#3 2026-04-10 10:00–11:30',
      'psycholytic-session#4 2026-04-17 10:00–11:30',
      'psycholytic-session#5 2026-04-24 10:00–11:30',
      'psycholytic-session#6 2026-05-01 10:00–11:30',
    ]);
  });

  it('MEQ-30 after dosing sessions 1, 3 and 6', () => {
    const meq = t.definition.assessments.find((a) => a.instrumentId === 'meq-30');
    expect(meq).toMatchObject({ anchor: 'each-dosing', dosingNumbers: [1, 3, 6] });
  });

  it('schedules GAD-7 and PCL-5 before and after, MEQ-30 after sessions 1, 3, 6 (psychedelic arm)', () => {
    expect(schedule(t, 'psychedelic')).toEqual([
      'gad-7-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'pcl-5-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'meq-30-after-session#1 2026-03-28 10:00 (2026-03-27 10:00 – 2026-03-30 10:00)',
      'meq-30-after-session#3 2026-04-11 10:00 (2026-04-10 10:00 – 2026-04-13 10:00)',
      'meq-30-after-session#6 2026-05-02 10:00 (2026-05-01 10:00 – 2026-05-04 10:00)',
      'gad-7-after-course#1 2026-05-03 11:00 (2026-05-02 11:00 – 2026-05-17 11:00)',
      'pcl-5-after-course#1 2026-05-03 11:00 (2026-05-02 11:00 – 2026-05-17 11:00)',
    ]);
  });

  it('schedules the same measures for the psycholytic arm, after its last session', () => {
    expect(schedule(t, 'psycholytic')).toEqual([
      'gad-7-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'pcl-5-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'meq-30-after-session#1 2026-03-28 10:00 (2026-03-27 10:00 – 2026-03-30 10:00)',
      'meq-30-after-session#3 2026-04-11 10:00 (2026-04-10 10:00 – 2026-04-13 10:00)',
      'meq-30-after-session#6 2026-05-02 10:00 (2026-05-01 10:00 – 2026-05-04 10:00)',
      'gad-7-after-course#1 2026-05-02 11:30 (2026-05-01 11:30 – 2026-05-16 11:30)',
      'pcl-5-after-course#1 2026-05-02 11:30 (2026-05-01 11:30 – 2026-05-16 11:30)',
    ]);
  });

  it('cites the corrected authors with DOI and library id; names BDI and BPI-SF as not in the registry', () => {
    expect(t.definition.source).toMatchObject({
      doi: '10.3389/fpain.2023.1127863',
      studyId: 'batievsky-2023',
    });
    expect(t.definition.source?.citation).toMatch(/^Batievsky D/);
    expect(t.definition.source?.note).toMatch(/BDI and the BPI-SF/);
    expect(t.definition.source?.note).toMatch(/not verified/);
  });
});
