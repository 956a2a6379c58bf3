import { describe, expect, it } from 'vitest';
import { scrub } from './erasure-rules.ts';

describe('scrub', () => {
  it("takes a client's identifiers out of shared free text, whole words in any case", () => {
    const ids = ['Anna', 'de Vries', 'Anna de Vries', 'anna@example.org', '+31 6 1234 5678'];
    expect(
      scrub(
        'Anna de Vries cried; ANNA slept. Hanna laughed. Mail anna@example.org, call +31 6 1234 5678.',
        ids,
      ),
    ).toBe('[erased] cried; [erased] slept. Hanna laughed. Mail [erased], call [erased].');
  });

  it('leaves text without them, and ignores one-letter identifiers', () => {
    expect(scrub('The group shared.', ['A', 'Bram'])).toBe('The group shared.');
  });
});
