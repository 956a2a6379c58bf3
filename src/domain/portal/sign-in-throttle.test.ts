import { describe, expect, it } from 'vitest';
import { maySendRequestedLink, SIGN_IN_LINKS_PER_WINDOW, signInLinkWindowStart } from './sign-in-throttle.ts';

describe('sign-in link throttle', () => {
  it('allows three requested links per address in fifteen minutes', () => {
    expect(SIGN_IN_LINKS_PER_WINDOW).toBe(3);
    expect([0, 1, 2, 3, 4].map(maySendRequestedLink)).toEqual([true, true, true, false, false]);
    expect(signInLinkWindowStart(new Date('2026-01-01T12:00:00Z')).toISOString()).toBe(
      '2026-01-01T11:45:00.000Z',
    );
  });

  it('refuses when the count is not a count', () => {
    for (const bad of [Number.NaN, -1, 1.5]) expect(maySendRequestedLink(bad)).toBe(false);
  });
});
