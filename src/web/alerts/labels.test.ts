import { describe, expect, it } from 'vitest';
import { alertCountText, sortAlerts } from './labels.ts';

describe('sortAlerts', () => {
  it('puts high severity first, then the newest', () => {
    const alerts = [
      { id: 'a', severity: 'low' as const, createdAt: '2025-05-03T10:00:00Z' },
      { id: 'b', severity: 'high' as const, createdAt: '2025-05-01T10:00:00Z' },
      { id: 'c', severity: 'medium' as const, createdAt: '2025-05-04T10:00:00Z' },
      { id: 'd', severity: 'high' as const, createdAt: '2025-05-02T10:00:00Z' },
    ];
    expect(sortAlerts(alerts).map((a) => a.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(alerts[0]!.id).toBe('a');
  });
});

describe('alertCountText', () => {
  it('says how many alerts are open and how many of them are high severity', () => {
    expect(alertCountText({ active: 0, high: 0 })).toBe('no open alerts');
    expect(alertCountText({ active: 2, high: 0 })).toBe('2 open');
    expect(alertCountText({ active: 3, high: 1 })).toBe('3 open, 1 high severity');
  });
});
