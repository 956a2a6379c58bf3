import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import { normalizeIntakeVitals } from './intake-vitals.ts';

const EMPTY = {
  systolic: null,
  diastolic: null,
  heartRate: null,
  spo2: null,
  weightKg: null,
  heightCm: null,
  measuredAt: null,
};

describe('normalizeIntakeVitals', () => {
  it('no vitals: every value null', () => {
    expect(normalizeIntakeVitals(undefined)).toEqual(EMPTY);
    expect(normalizeIntakeVitals(null)).toEqual(EMPTY);
    expect(normalizeIntakeVitals({})).toEqual(EMPTY);
  });

  it('keeps plausible values, rounds weight and height to 0.1, and the time to UTC', () => {
    expect(
      normalizeIntakeVitals({
        systolic: 128,
        diastolic: 82,
        heartRate: 70,
        spo2: 98,
        weightKg: 72.456,
        heightCm: 178.04,
        measuredAt: '2026-05-04T10:15:00+02:00',
      }),
    ).toEqual({
      systolic: 128,
      diastolic: 82,
      heartRate: 70,
      spo2: 98,
      weightKg: 72.5,
      heightCm: 178,
      measuredAt: '2026-05-04T08:15:00.000Z',
    });
  });

  it.each([
    [{ systolic: 39 }, 'vitals.systolic'],
    [{ systolic: 301 }, 'vitals.systolic'],
    [{ systolic: 120.5 }, 'vitals.systolic'],
    [{ diastolic: 19 }, 'vitals.diastolic'],
    [{ systolic: 120, diastolic: 120 }, 'vitals.diastolic'],
    [{ heartRate: 301 }, 'vitals.heartRate'],
    [{ spo2: 101 }, 'vitals.spo2'],
    [{ spo2: 49 }, 'vitals.spo2'],
    [{ weightKg: 1 }, 'vitals.weightKg'],
    [{ weightKg: 401 }, 'vitals.weightKg'],
    [{ heightCm: 300 }, 'vitals.heightCm'],
    [{ heightCm: '180' }, 'vitals.heightCm'],
    [{ measuredAt: 'yesterday' }, 'vitals.measuredAt'],
    [{ measuredAt: '2026-05-04T10:15:00' }, 'vitals.measuredAt'],
  ])('refuses %j naming %s', (input, field) => {
    const e = caught(() => normalizeIntakeVitals(input));
    expect(e.kind).toBe('validation');
    expect(e.fields[0]?.field).toBe(field);
  });

  it('refuses a non-object', () => {
    expect(caught(() => normalizeIntakeVitals('120/80')).fields[0]?.field).toBe('vitals');
  });
});

describe('a resting blood pressure at intake', () => {
  it('refuses an implausible reading such as 300/84, naming the field and both numbers', () => {
    const e = caught(() => normalizeIntakeVitals({ systolic: 300, diastolic: 84 }));
    expect(e.fields).toMatchObject([
      {
        field: 'vitals.systolic',
        message: expect.stringContaining('300/84 mmHg is not a plausible resting reading'),
      },
    ]);
    expect(caught(() => normalizeIntakeVitals({ systolic: 200, diastolic: 160 })).fields[0]!.field).toBe(
      'vitals.diastolic',
    );
  });

  it('accepts every guideline grade (180/110 and above up to the bound) and a confirmed extreme reading', () => {
    expect(normalizeIntakeVitals({ systolic: 250, diastolic: 150 }).systolic).toBe(250);
    expect(normalizeIntakeVitals({ systolic: 182, diastolic: 112 }).diastolic).toBe(112);
    expect(normalizeIntakeVitals({ systolic: 260, diastolic: 84, confirmUnusual: true }).systolic).toBe(260);
  });
});
