import { describe, expect, it } from 'vitest';
import { checkSignedAfterPublication } from './consent.ts';
import { caught } from './testing.ts';

const doc = { version: 2, title: 'Informed consent', publishedAt: '2026-05-01T10:00:00.000Z' };

describe('checkSignedAfterPublication', () => {
  it('accepts a signature at or after publication', () => {
    expect(() => checkSignedAfterPublication('2026-05-01T10:00:00.000Z', doc)).not.toThrow();
    expect(() => checkSignedAfterPublication('2026-05-03T09:00:00.000Z', doc)).not.toThrow();
    // Typed to the minute, a few minutes before the publication second: clocks and rounding.
    expect(() => checkSignedAfterPublication('2026-05-01T09:56:00.000Z', doc)).not.toThrow();
    expect(() => checkSignedAfterPublication('2026-05-01T09:54:59.000Z', doc)).toThrow();
  });

  it('refuses a signature before publication as a conflict naming the version', () => {
    const e = caught(() => checkSignedAfterPublication('2026-04-30T09:00:00.000Z', doc));
    expect(e.kind).toBe('conflict');
    expect(e.message).toContain('before version 2 of the consent document ("Informed consent")');
    expect(e.extra).toEqual({ documentVersion: 2, publishedAt: doc.publishedAt });
  });
});
