/**
 * Each address a client opens (no staff session) and its screen. Only the portal entry (portal.html)
 * routes them: the server, and the development server, send portal.html for these addresses.
 */
import { PortalPage } from '../portal/PortalPage.tsx';
import { LazyConsentPage } from '../portal-consent/LazyConsentPage.tsx';
import { PortalHomePage } from '../portal-home/PortalHomePage.tsx';
import { SignInLinkPage } from '../portal-home/SignInLinkPage.tsx';

export const PORTAL_SCREENS = [
  // The client's questionnaire link from an email: no staff session, no app shell.
  { path: '/p/:token', Screen: PortalPage },
  // The client's own page, signed in with a link from an email (the threshold_portal cookie).
  { path: '/portal', Screen: PortalHomePage },
  { path: '/portal/sign-in/:token', Screen: SignInLinkPage },
  // Reading and signing a consent document (e-consent), from the home's "Consent to sign".
  { path: '/portal/consent', Screen: LazyConsentPage },
  { path: '/portal/consent/:enrollmentId', Screen: LazyConsentPage },
] as const;
