import { describe, expect, it } from 'vitest';
import { refusalOf } from '../instruments/testing.ts';
import { assertGroupCovers, clientsPerSitter, normalizeSetting } from './setting.ts';

describe('session setting', () => {
  it('keeps a setting and gives clients per sitter', () => {
    const s = normalizeSetting({
      musicProgram: ' Johns Hopkins playlist ',
      sitters: 3,
      groupSize: 8,
      eyeshades: 'worn',
    });
    expect(s).toEqual({
      musicProgram: 'Johns Hopkins playlist',
      sitters: 3,
      groupSize: 8,
      eyeshades: 'worn',
      notes: null,
    });
    expect(clientsPerSitter(s)).toBe(2.67);
    expect(clientsPerSitter({ sitters: 0, groupSize: 1 })).toBeNull();
  });

  it('refuses impossible counts and unknown eyeshades, naming the field', () => {
    expect(refusalOf(() => normalizeSetting({ sitters: -1, groupSize: 1 })).fields[0]!.field).toBe('sitters');
    expect(refusalOf(() => normalizeSetting({ sitters: 1, groupSize: 0 })).fields[0]!.field).toBe(
      'groupSize',
    );
    expect(refusalOf(() => normalizeSetting({ sitters: 1.5, groupSize: 2 })).fields[0]!.field).toBe(
      'sitters',
    );
    expect(
      refusalOf(() => normalizeSetting({ sitters: 1, groupSize: 2, eyeshades: 'maybe' })).fields[0]!.field,
    ).toBe('eyeshades');
  });

  it('refuses a group smaller than the clients attending', () => {
    const s = normalizeSetting({ sitters: 1, groupSize: 2 });
    expect(() => assertGroupCovers(s, 2)).not.toThrow();
    expect(refusalOf(() => assertGroupCovers(s, 3)).fields[0]!.field).toBe('groupSize');
  });
});
