/** The client's own page and its sign-in link, loaded on first visit (see screens.ts). */
import { lazy, Suspense } from 'react';
import { PageLoader } from '../ui/PageLoader.tsx';

const PortalHome = lazy(() =>
  import('../portal-home/PortalHomePage.tsx').then((m) => ({ default: m.PortalHomePage })),
);
const SignInLink = lazy(() =>
  import('../portal-home/SignInLinkPage.tsx').then((m) => ({ default: m.SignInLinkPage })),
);

export function PortalHomeScreen() {
  return (
    <Suspense fallback={<PageLoader />}>
      <PortalHome />
    </Suspense>
  );
}

export function SignInLinkScreen() {
  return (
    <Suspense fallback={<PageLoader />}>
      <SignInLink />
    </Suspense>
  );
}
