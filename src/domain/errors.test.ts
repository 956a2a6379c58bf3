import { describe, expect, it } from 'vitest';
import { checkAll, DomainError, invalid, notFound } from './errors.ts';

describe('checkAll', () => {
  it('returns every checked value when all pass', () => {
    expect(checkAll({ a: () => 1, b: () => 'x' })).toEqual({ a: 1, b: 'x' });
  });

  it('names every failing field in one validation error', () => {
    try {
      checkAll({
        a: () => {
          throw invalid('a', 'required');
        },
        b: () => 2,
        c: () => {
          throw invalid('c.phone', 'max-length', { max: 40 });
        },
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).kind).toBe('validation');
      expect((e as DomainError).fields).toEqual([
        { field: 'a', message: 'is required', code: 'required' },
        {
          field: 'c.phone',
          message: 'must be at most 40 characters',
          code: 'max-length',
          params: { max: 40 },
        },
      ]);
    }
  });

  it('lets other errors through unchanged', () => {
    const missing = notFound('Client');
    expect(() =>
      checkAll({
        a: () => {
          throw missing;
        },
      }),
    ).toThrow(missing);
  });
});
