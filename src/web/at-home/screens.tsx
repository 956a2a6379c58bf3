/** The at-home screens of the portal entry, each loaded on first visit (scripts/portal-budget.mjs). */
import { lazy, Suspense } from 'react';
import { PageLoader } from '../ui/PageLoader.tsx';

const SupportCheckin = lazy(() => import('./SupportCheckinPage.tsx'));
const PortalAtHome = lazy(() => import('./PortalAtHome.tsx'));

export function SupportCheckinScreen() {
  return (
    <Suspense fallback={<PageLoader />}>
      <SupportCheckin />
    </Suspense>
  );
}

/** The client's own at-home check-ins on the portal page (nothing shown when there are none). */
export function PortalAtHomeSection() {
  return (
    <Suspense fallback={null}>
      <PortalAtHome />
    </Suspense>
  );
}
