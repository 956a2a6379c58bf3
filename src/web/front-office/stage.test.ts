import { describe, expect, it } from 'vitest';
import { stageOf, statusKeyOf } from './stage.ts';

describe('application stage', () => {
  it('is new until staff open it, then awaits a decision, then is decided', () => {
    expect(stageOf({ status: 'submitted', openedAt: null })).toBe('new');
    expect(stageOf({ status: 'submitted', openedAt: '2026-12-01T10:00:00.000Z' })).toBe('awaiting');
    expect(stageOf({ status: 'eligible', openedAt: '2026-12-01T10:00:00.000Z' })).toBe('decided');
    expect(stageOf({ status: 'withdrawn', openedAt: null })).toBe('decided');
    expect(statusKeyOf({ status: 'ineligible', openedAt: null })).toBe('ineligible');
  });
});
