/**
 * The portal's routes in the staff app's data router, so the development server (one index.html)
 * shows them too; in production the server sends portal.html, the portal's own entry, for these.
 */
import type { RouteObject } from 'react-router';
import { RouteError } from '../app/RouteError.tsx';
import { PORTAL_SCREENS } from './screens.ts';

export const portalRoutes: RouteObject[] = PORTAL_SCREENS.map(({ path, Screen }) => ({
  path,
  element: <Screen />,
  errorElement: <RouteError standalone />,
}));
