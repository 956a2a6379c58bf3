/**
 * The portal entry's routes: a plain BrowserRouter (not the data router, which is heavier) over the
 * portal's screens; any other /portal… address goes to the portal's home page.
 */
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { PortalErrorBoundary } from './PortalErrorBoundary.tsx';
import { PORTAL_SCREENS } from './screens.ts';

export function PortalApp() {
  return (
    <BrowserRouter>
      <PortalErrorBoundary>
        <Routes>
          {PORTAL_SCREENS.map(({ path, Screen }) => (
            <Route key={path} path={path} element={<Screen />} />
          ))}
          <Route path="*" element={<Navigate to="/portal" replace />} />
        </Routes>
      </PortalErrorBoundary>
    </BrowserRouter>
  );
}
