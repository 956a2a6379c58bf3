import { describe, expect, it } from 'vitest';
import {
  clearPortal,
  type KeyValueStorage,
  loadAnswers,
  randomId,
  saveAnswers,
  submissionIdFor,
} from './storage.ts';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const broken: KeyValueStorage = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('quota');
  },
  removeItem: () => {
    throw new Error('denied');
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('portal storage', () => {
  it('keeps answers per link', () => {
    const s = memory();
    saveAnswers(s, 'token-a', { q1: 2, q2: null });
    expect(loadAnswers(s, 'token-a')).toEqual({ q1: 2, q2: null });
    expect(loadAnswers(s, 'token-b')).toBeNull();
  });

  it('ignores stored values that are not answers', () => {
    const s = memory();
    s.setItem('threshold.portal.t.answers', '{not json');
    expect(loadAnswers(s, 't')).toBeNull();
    s.setItem('threshold.portal.t.answers', '[1,2]');
    expect(loadAnswers(s, 't')).toBeNull();
    s.setItem('threshold.portal.t.answers', JSON.stringify({ q1: 1, q2: 'x', q3: 1.5, q4: null }));
    expect(loadAnswers(s, 't')).toEqual({ q1: 1, q4: null });
  });

  it('makes a submission id once and reuses it until cleared', () => {
    const s = memory();
    let made = 0;
    const make = () => `id-${++made}`;
    expect(submissionIdFor(s, 't', make)).toBe('id-1');
    expect(submissionIdFor(s, 't', make)).toBe('id-1');
    expect(submissionIdFor(s, 'other', make)).toBe('id-2');
    clearPortal(s, 't');
    expect(submissionIdFor(s, 't', make)).toBe('id-3');
  });

  it('forgets the answers of a link when cleared, and only those', () => {
    const s = memory();
    saveAnswers(s, 't', { q1: 1 });
    saveAnswers(s, 'u', { q1: 0 });
    clearPortal(s, 't');
    expect(loadAnswers(s, 't')).toBeNull();
    expect(loadAnswers(s, 'u')).toEqual({ q1: 0 });
  });

  it('works without storage, or with storage that throws', () => {
    expect(loadAnswers(null, 't')).toBeNull();
    expect(() => saveAnswers(null, 't', { q1: 1 })).not.toThrow();
    expect(submissionIdFor(null, 't', () => 'fresh')).toBe('fresh');
    expect(loadAnswers(broken, 't')).toBeNull();
    expect(() => saveAnswers(broken, 't', { q1: 1 })).not.toThrow();
    expect(() => clearPortal(broken, 't')).not.toThrow();
    expect(submissionIdFor(broken, 't', () => 'fresh')).toBe('fresh');
  });

  it('makes version-4 UUIDs, also where crypto.randomUUID is missing (plain http)', () => {
    expect(randomId()).toMatch(UUID);
    const insecure = { getRandomValues: (a: Uint8Array) => crypto.getRandomValues(a) };
    const id = randomId(insecure);
    expect(id).toMatch(UUID);
    expect(randomId(insecure)).not.toBe(id);
  });
});
