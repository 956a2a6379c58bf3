import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.ts';
import { bedLabels, problemField } from './labels.ts';

describe('bedLabels', () => {
  it('splits on commas and drops blanks', () => {
    expect(bedLabels(' 1, 2 ,, 3 ')).toEqual(['1', '2', '3']);
    expect(bedLabels(' , ')).toEqual([]);
  });
});

describe('problemField', () => {
  const error = (field: string) =>
    new ApiError({ status: 400, title: 'x', fieldErrors: [{ field, message: 'repeats bed 1' }] });

  it('finds the field a problem names, array items included', () => {
    expect(problemField(error('beds.1'), ['name', 'beds'] as const)).toBe('beds');
    expect(problemField(error('name'), ['name', 'beds'] as const)).toBe('name');
  });

  it('is null for another field or an error without fields', () => {
    expect(problemField(error('note'), ['name', 'beds'] as const)).toBeNull();
    expect(problemField(new Error('x'), ['name'] as const)).toBeNull();
  });
});
