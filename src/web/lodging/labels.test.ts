import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.ts';
import { bedLabels, problemField, problemMessage } from './labels.ts';

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

describe('problemMessage', () => {
  it('reads the message at the field or one of its items, else the detail', () => {
    const error = new ApiError({
      status: 400,
      title: 'Invalid',
      detail: 'The request is not valid.',
      fieldErrors: [{ field: 'renameBeds.0.label', message: 'repeats bed 2' }],
    });
    expect(problemMessage(error, 'renameBeds')).toBe('Repeats bed 2.');
    expect(problemMessage(error, 'name')).toBe('The request is not valid.');
  });
});
