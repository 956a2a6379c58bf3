/**
 * Each address a client opens (no staff session) and its screen. Only the portal entry (portal.html)
 * routes them: the server, and the development server, send portal.html for these addresses. The
 * questionnaire link's screen comes with the entry; the others load on first visit, so a link from
 * an email downloads only what it shows (scripts/portal-budget.mjs).
 */
import { ApplicationScreen, OfferingsScreen, OfferScreen } from '../apply/screens.tsx';
import { SupportCheckinScreen } from '../at-home/screens.tsx';
import { PortalPage } from '../portal/PortalPage.tsx';
import { LazyConsentPage } from '../portal-consent/LazyConsentPage.tsx';
import { PortalHomeScreen, SignInLinkScreen } from './lazy-screens.tsx';

export const PORTAL_SCREENS = [
  // The client's questionnaire link from an email: no staff session, no app shell.
  { path: '/p/:token', Screen: PortalPage },
  // The client's own page, signed in with a link from an email (the threshold_portal cookie).
  { path: '/portal', Screen: PortalHomeScreen },
  { path: '/portal/sign-in/:token', Screen: SignInLinkScreen },
  // A retreat centre's public pages (no sign-in): its open retreats, a retreat's application form,
  // and an offer's link (the email sends /apply/offer#<token>; /offer/<token> works too). The
  // first match wins: /apply/offer is the offer, not an organization named "offer".
  { path: '/apply/offer', Screen: OfferScreen },
  { path: '/offer/:token', Screen: OfferScreen },
  // The support person's at-home check-in link (no account): the token is the credential.
  { path: '/checkin/:token', Screen: SupportCheckinScreen },
  { path: '/apply/:orgSlug', Screen: OfferingsScreen },
  { path: '/apply/:orgSlug/:cohortId', Screen: ApplicationScreen },
  // Reading and signing a consent document (e-consent), from the home's "Consent to sign".
  { path: '/portal/consent', Screen: LazyConsentPage },
  { path: '/portal/consent/:enrollmentId', Screen: LazyConsentPage },
] as const;
