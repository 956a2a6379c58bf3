import { describe, expect, it } from 'vitest';
import { isPortalPath } from './portal-paths.ts';

describe('isPortalPath', () => {
  it("sends the portal's light entry for a client's and an applicant's addresses", () => {
    for (const p of [
      '/p/abc',
      '/portal',
      '/portal/sign-in/abc',
      '/apply/demo-retreat-centre',
      '/apply/demo-retreat-centre/5b0f8c1e-0000-4000-8000-000000000000',
      '/apply/offer',
      '/offer/abc',
      '/checkin/abc',
    ]) {
      expect(isPortalPath(p), p).toBe(true);
    }
  });

  it("leaves the staff app's addresses to index.html", () => {
    for (const p of ['/', '/clients', '/portals', '/applications', '/apply', '/offers', '/cohorts/1']) {
      expect(isPortalPath(p), p).toBe(false);
    }
  });
});
