import { describe, expect, it } from 'vitest';
import { matchPath } from './navigation.tsx';

describe("the portal router's path match", () => {
  it('reads the token from a questionnaire link and a sign-in link', () => {
    expect(matchPath('/p/:token', '/p/Zq3-abc_1')).toEqual({ token: 'Zq3-abc_1' });
    expect(matchPath('/portal/sign-in/:token', '/portal/sign-in/a%2Fb')).toEqual({ token: 'a/b' });
    expect(matchPath('/p/:token', '/p/%E0x')).toEqual({ token: '%E0x' });
  });

  it('ignores a trailing slash', () => {
    expect(matchPath('/portal', '/portal/')).toEqual({});
    expect(matchPath('/p/:token', '/p/abc/')).toEqual({ token: 'abc' });
  });

  it('does not match an empty token, a longer or a different address', () => {
    expect(matchPath('/p/:token', '/p/')).toBeNull();
    expect(matchPath('/p/:token', '/p/abc/more')).toBeNull();
    expect(matchPath('/portal', '/portals')).toBeNull();
    expect(matchPath('/portal/sign-in/:token', '/portal')).toBeNull();
  });
});
