import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import { checkMeasuredAt, flagVitals, normalizeVitals, VITAL_BOUNDS } from './vitals.ts';

const none = { preDoseSystolicMax: null, preDoseDiastolicMax: null };
const limits = { preDoseSystolicMax: 140, preDoseDiastolicMax: 90 };
const v = (over: Partial<Record<string, number | null>>) => ({
  systolic: null,
  diastolic: null,
  heartRate: null,
  spo2: null,
  ...over,
});

describe('normalizeVitals', () => {
  it('keeps the values given and fills the rest with null', () => {
    expect(normalizeVitals({ systolic: 120, diastolic: 80 })).toEqual(v({ systolic: 120, diastolic: 80 }));
    expect(normalizeVitals({ spo2: 97, heartRate: null })).toEqual(v({ spo2: 97 }));
  });

  it('accepts the bounds themselves', () => {
    for (const [field, { min, max }] of Object.entries(VITAL_BOUNDS)) {
      if (field === 'diastolic') continue;
      expect(normalizeVitals({ [field]: min })).toMatchObject({ [field]: min });
      expect(normalizeVitals({ [field]: max })).toMatchObject({ [field]: max });
    }
    expect(normalizeVitals({ diastolic: 20 }).diastolic).toBe(20);
    expect(normalizeVitals({ diastolic: 200 }).diastolic).toBe(200);
  });

  it.each([
    [{ systolic: 39 }, 'systolic'],
    [{ systolic: 301 }, 'systolic'],
    [{ diastolic: 19 }, 'diastolic'],
    [{ diastolic: 201 }, 'diastolic'],
    [{ heartRate: 19 }, 'heartRate'],
    [{ heartRate: 301 }, 'heartRate'],
    [{ spo2: 49 }, 'spo2'],
    [{ spo2: 100.5 }, 'spo2'],
    [{ heartRate: 72.5 }, 'heartRate'],
    [{ systolic: Number.NaN }, 'systolic'],
    [{ systolic: '120' }, 'systolic'],
    [{ systolic: 120, diastolic: 130 }, 'diastolic'],
    [{ systolic: 120, diastolic: 120 }, 'diastolic'],
  ])('refuses %j naming %s', (input, field) => {
    const e = caught(() => normalizeVitals(input));
    expect(e.kind).toBe('validation');
    expect(e.fields[0]?.field).toBe(field);
  });

  it('needs at least one value', () => {
    expect(caught(() => normalizeVitals({})).kind).toBe('validation');
    expect(caught(() => normalizeVitals({ systolic: null, spo2: null })).kind).toBe('validation');
  });

  it('prefixes field names when asked', () => {
    expect(caught(() => normalizeVitals({ spo2: 10 }, 'vitals.')).fields[0]?.field).toBe('vitals.spo2');
  });
});

describe('flagVitals', () => {
  it('flags a baseline blood pressure above the pre-dose limits', () => {
    expect(flagVitals(v({ systolic: 150, diastolic: 95 }), 'baseline', limits)).toEqual([
      {
        field: 'systolic',
        message: 'Systolic blood pressure 150 mmHg is above the pre-dose limit of 140 mmHg.',
        code: 'pre-dose-above-systolic',
        value: 150,
        limit: 140,
      },
      {
        field: 'diastolic',
        message: 'Diastolic blood pressure 95 mmHg is above the pre-dose limit of 90 mmHg.',
        code: 'pre-dose-above-diastolic',
        value: 95,
        limit: 90,
      },
    ]);
  });

  it('a value at the limit is not flagged', () => {
    expect(flagVitals(v({ systolic: 140, diastolic: 90 }), 'baseline', limits)).toEqual([]);
  });

  it('only the value over its limit is flagged', () => {
    expect(flagVitals(v({ systolic: 120, diastolic: 95 }), 'baseline', limits).map((f) => f.field)).toEqual([
      'diastolic',
    ]);
  });

  it('nothing is flagged against a limit that is null', () => {
    expect(flagVitals(v({ systolic: 220, diastolic: 130 }), 'baseline', none)).toEqual([]);
    expect(
      flagVitals(v({ systolic: 220, diastolic: 130 }), 'baseline', {
        ...limits,
        preDoseSystolicMax: null,
      }).map((f) => f.field),
    ).toEqual(['diastolic']);
  });

  it('missing values are not flagged', () => {
    expect(flagVitals(v({ heartRate: 80 }), 'baseline', limits)).toEqual([]);
  });

  it.each(['during', 'discharge'] as const)(
    'readings %s dosing are not compared with the pre-dose limits',
    (phase) => {
      expect(flagVitals(v({ systolic: 180, diastolic: 100 }), phase, limits)).toEqual([]);
    },
  );
});

describe('checkMeasuredAt', () => {
  const now = '2026-05-04T10:00:00.000Z';
  it('accepts the time entered, up to a few minutes ahead of the clock (device skew)', () => {
    expect(checkMeasuredAt('2026-05-04T08:40:00.000Z', now)).toBe('2026-05-04T08:40:00.000Z');
    expect(checkMeasuredAt('2026-05-04T10:05:00.000Z', now)).toBe('2026-05-04T10:05:00.000Z');
  });

  it('refuses a future time and an unreadable one, naming measuredAt', () => {
    for (const at of ['2026-05-04T10:05:00.001Z', 'soon']) {
      expect(caught(() => checkMeasuredAt(at, now)).fields[0]?.field).toBe('measuredAt');
    }
  });
});
