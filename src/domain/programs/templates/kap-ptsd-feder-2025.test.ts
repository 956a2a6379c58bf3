import { describe, expect, it } from 'vitest';
import { normalizeDefinition } from '../definition.ts';
import { kapPtsdFeder2025 as t } from './kap-ptsd-feder-2025.ts';
import { calendar, countByPhase, rows, schedule } from './testing.ts';

describe('template kap-ptsd-feder-2025', () => {
  it('is a valid individual ketamine program', () => {
    expect(normalizeDefinition(t.definition)).toEqual(t.definition);
    expect(t.definition).toMatchObject({ modality: 'ketamine', format: 'individual', arms: [] });
  });

  it('has six IV infusions of 0.5 mg/kg, three a week over two weeks', () => {
    const infusions = calendar(t).filter((s) => s.dosing);
    expect(infusions.map((s) => s.day)).toEqual([0, 2, 4, 7, 9, 11]);
    for (const s of infusions) expect(s.dosing).toEqual({ substance: 'ketamine', route: 'IV', mgPerKg: 0.5 });
    expect(infusions.filter((s) => s.day < 7)).toHaveLength(3);
    expect(infusions.filter((s) => s.day >= 7 && s.day < 14)).toHaveLength(3);
  });

  it('has five WET sessions after the fourth infusion, none on an infusion day', () => {
    const infusionDays = new Set(
      calendar(t)
        .filter((s) => s.dosing)
        .map((s) => s.day),
    );
    const wet = calendar(t).filter((s) => s.planKey === 'written-exposure-therapy');
    expect(wet).toHaveLength(5);
    for (const s of wet) {
      expect(s.day).toBeGreaterThan(7);
      expect(infusionDays.has(s.day)).toBe(false);
      expect(s.dosing).toBeNull();
    }
    expect(countByPhase(calendar(t))).toEqual({ immersion: 6, integration: 5 });
  });

  it('plans the calendar at 10:00 local across the daylight-saving change', () => {
    expect(rows(calendar(t))).toEqual([
      'ketamine-infusion#1 2026-03-27 10:00–12:00',
      'ketamine-infusion#2 2026-03-29 10:00–12:00',
      'ketamine-infusion#3 2026-03-31 10:00–12:00',
      'ketamine-infusion#4 2026-04-03 10:00–12:00',
      'written-exposure-therapy#1 2026-04-04 10:00–11:00',
      'ketamine-infusion#5 2026-04-05 10:00–12:00',
      'written-exposure-therapy#2 2026-04-06 10:00–11:00',
      'ketamine-infusion#6 2026-04-07 10:00–12:00',
      'written-exposure-therapy#3 2026-04-10 10:00–11:00',
      'written-exposure-therapy#4 2026-04-12 10:00–11:00',
      'written-exposure-therapy#5 2026-04-14 10:00–11:00',
    ]);
  });

  it('schedules the PCL-5 at baseline, week 12 after WET starts (day 92) and 6 months', () => {
    expect(schedule(t)).toEqual([
      'pcl-5-baseline#1 2026-03-26 10:00 (2026-03-13 10:00 – 2026-03-27 10:00)',
      'pcl-5-week-12#1 2026-06-27 10:00 (2026-06-20 10:00 – 2026-07-11 10:00)',
      'pcl-5-month-6#1 2026-09-27 10:00 (2026-09-13 10:00 – 2026-10-25 10:00)',
    ]);
    const firstWet = calendar(t).find((s) => s.planKey === 'written-exposure-therapy')!;
    expect(firstWet.day + 12 * 7).toBe(92);
  });

  it('cites the study with its DOI and library id, and says CAPS-5 is not the PCL-5', () => {
    expect(t.definition.source).toMatchObject({ doi: '10.4088/JCP.24m15622', studyId: 'feder-2025' });
    expect(t.definition.source?.citation).toMatch(/Sloan DM, Murrough JW/);
    expect(t.definition.source?.note).toMatch(/CAPS-5/);
    expect(t.definition.source?.note).toMatch(/Defaults for the clinic to set/);
  });
});
