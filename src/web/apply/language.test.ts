import { describe, expect, it } from 'vitest';
import { initialLanguage } from './language.ts';

describe('initialLanguage', () => {
  it("takes the visitor's own choice first", () => {
    expect(initialLanguage({ stored: 'en', browser: ['nl-NL'], fallback: 'nl-NL' })).toBe('en');
  });
  it('then the first browser language Threshold speaks', () => {
    expect(initialLanguage({ stored: null, browser: ['de-DE', 'en-US', 'nl'], fallback: 'nl-NL' })).toBe(
      'en',
    );
    expect(initialLanguage({ stored: null, browser: ['nl-BE'], fallback: 'en-GB' })).toBe('nl');
  });
  it("then the organization's language", () => {
    expect(initialLanguage({ stored: null, browser: ['de-DE'], fallback: 'nl-NL' })).toBe('nl');
    expect(initialLanguage({ stored: 'fr', browser: [], fallback: null })).toBe('en');
  });
});
