import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import { mgPerKg, normalizeDose } from './dose.ts';

describe('mgPerKg', () => {
  it('divides and rounds to 3 decimals', () => {
    expect(mgPerKg(35, 70)).toBe(0.5);
    expect(mgPerKg(100, 3)).toBe(33.333);
    expect(mgPerKg(50, 72.5)).toBe(0.69);
    expect(mgPerKg(1, 300)).toBe(0.003);
  });

  it('is null without a weight', () => {
    expect(mgPerKg(35, null)).toBeNull();
    expect(mgPerKg(35, 0)).toBeNull();
  });
});

describe('normalizeDose', () => {
  const ok = { substance: ' ketamine ', doseMg: 35, weightKg: 70, route: 'IV', lotNumber: '  L-123 ' };

  it('trims, computes mg/kg and keeps the route', () => {
    expect(normalizeDose(ok)).toEqual({
      substance: 'ketamine',
      doseMg: 35,
      weightKg: 70,
      mgPerKg: 0.5,
      route: 'IV',
      lotNumber: 'L-123',
    });
  });

  it('allows no weight and no lot number', () => {
    expect(normalizeDose({ ...ok, weightKg: null, lotNumber: ' ' })).toMatchObject({
      weightKg: null,
      mgPerKg: null,
      lotNumber: null,
    });
  });

  it('accepts the limits', () => {
    expect(normalizeDose({ ...ok, doseMg: 5000, weightKg: 400 }).doseMg).toBe(5000);
    expect(normalizeDose({ ...ok, doseMg: 0.01, weightKg: 2 }).weightKg).toBe(2);
  });

  it.each([
    [{ doseMg: 0 }, 'doseMg'],
    [{ doseMg: -1 }, 'doseMg'],
    [{ doseMg: 5000.1 }, 'doseMg'],
    [{ doseMg: Number.POSITIVE_INFINITY }, 'doseMg'],
    [{ weightKg: 1.9 }, 'weightKg'],
    [{ weightKg: 401 }, 'weightKg'],
    [{ route: 'rectal' }, 'route'],
    [{ substance: '  ' }, 'substance'],
    [{ substance: 'x'.repeat(101) }, 'substance'],
    [{ lotNumber: 'x'.repeat(101) }, 'lotNumber'],
  ])('refuses %j naming %s', (over, field) => {
    const e = caught(() => normalizeDose({ ...ok, ...over } as typeof ok));
    expect(e.kind).toBe('validation');
    expect(e.fields[0]?.field).toBe(field);
  });
});
