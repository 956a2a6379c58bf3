/** The portal entry's screens under the portal's own small router; any other /portal… address goes home. */
import { PortalRouter } from '../portal/navigation.tsx';
import { PortalErrorBoundary } from './PortalErrorBoundary.tsx';
import { PORTAL_SCREENS } from './screens.ts';

export function PortalApp() {
  return (
    <PortalErrorBoundary>
      <PortalRouter screens={PORTAL_SCREENS} fallback="/portal" />
    </PortalErrorBoundary>
  );
}
