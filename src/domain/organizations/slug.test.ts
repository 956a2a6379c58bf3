import { describe, expect, it } from 'vitest';
import { checkSlug, slugify } from './slug.ts';

describe('organization slugs', () => {
  it('derives a URL-safe slug from a name', () => {
    expect(slugify('Demo Retreat Centre')).toBe('demo-retreat-centre');
    expect(slugify('  Kliniek Één & Co. ')).toBe('kliniek-een-co');
  });
  it('refuses slugs that are not lower-case letters, digits and inner hyphens', () => {
    for (const bad of ['', '-a', 'a-', 'A', 'a b', 'x'.repeat(49)])
      expect(() => checkSlug(bad), bad).toThrow();
    expect(checkSlug('a')).toBe('a');
  });
});
