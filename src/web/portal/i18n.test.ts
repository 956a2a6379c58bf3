import { describe, expect, it } from 'vitest';
import {
  browserLanguage,
  formatPortalDateTime,
  isPortalLanguage,
  languageList,
  PORTAL_TEXT,
} from './i18n.ts';

describe('portal i18n', () => {
  const { en, nl } = PORTAL_TEXT;

  it('has the same keys in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives every key the same kind of value (text, or a function of the same arity) in both languages', () => {
    for (const [key, value] of Object.entries(en)) {
      const other = nl[key as keyof typeof nl];
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'function' && typeof other === 'function') {
        expect(other.length, key).toBe(value.length);
      }
    }
  });

  it('has no empty text and a Dutch text of its own for every key', () => {
    for (const [key, value] of Object.entries(en)) {
      const other = nl[key as keyof typeof nl];
      if (typeof value === 'string' && typeof other === 'string') {
        expect(value.trim(), key).not.toBe('');
        expect(other.trim(), key).not.toBe('');
        expect(other, key).not.toBe(value);
      }
    }
  });

  it('puts values into sentences', () => {
    expect(en.questionOf(3, 9)).toBe('Question 3 of 9');
    expect(nl.questionOf(3, 9)).toBe('Vraag 3 van 9');
    expect(en.greeting('Ann')).toBe('Hello Ann');
    expect(nl.greeting('Ann')).toBe('Hallo Ann');
    expect(en.score(12, 27)).toBe('Your score: 12 of 27');
    expect(en.questionCount(1)).toBe('It has 1 question.');
    expect(nl.questionCount(9)).toBe('De vragenlijst heeft 9 vragen.');
  });

  it('names the installed languages in the notice, never claiming a translation does not exist', () => {
    expect(nl.fallbackNotice(languageList(['en'], 'nl'))).toBe(
      'Deze vragenlijst staat in het Engels: uw kliniek heeft hem in het Engels, nog niet in uw taal.',
    );
    expect(en.fallbackNotice(languageList(['en', 'de'], 'en'))).toContain('English and German');
    for (const t of [en, nl]) expect(t.fallbackNotice('x')).not.toMatch(/validated|gevalideerde/);
  });

  it('chooses Dutch for a Dutch browser and English otherwise', () => {
    expect(browserLanguage('nl-NL')).toBe('nl');
    expect(browserLanguage('nl')).toBe('nl');
    expect(browserLanguage('NL-be')).toBe('nl');
    expect(browserLanguage('en-GB')).toBe('en');
    expect(browserLanguage('de')).toBe('en');
    expect(browserLanguage(undefined)).toBe('en');
  });

  it('knows its languages', () => {
    expect(isPortalLanguage('nl')).toBe(true);
    expect(isPortalLanguage('fr')).toBe(false);
  });

  it('formats dates in the client language and leaves a bad date as it is', () => {
    expect(formatPortalDateTime('2025-05-14T10:00:00Z', 'nl')).toMatch(/mei 2025/);
    expect(formatPortalDateTime('2025-05-14T10:00:00Z', 'en')).toMatch(/May 2025/);
    expect(formatPortalDateTime('nonsense', 'en')).toBe('nonsense');
  });
});
