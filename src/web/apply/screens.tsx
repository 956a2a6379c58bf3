/**
 * The public pages' screens for the portal entry's router, each loaded on first visit (its words,
 * forms and payment step stay out of the portal's first download: scripts/portal-budget.mjs).
 */
import { lazy, Suspense } from 'react';
import { PageLoader } from '../ui/PageLoader.tsx';

const Offerings = lazy(() => import('./OfferingsPage.tsx'));
const Application = lazy(() => import('./ApplicationPage.tsx'));
const Offer = lazy(() => import('./OfferPage.tsx'));

export function OfferingsScreen() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Offerings />
    </Suspense>
  );
}

export function ApplicationScreen() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Application />
    </Suspense>
  );
}

export function OfferScreen() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Offer />
    </Suspense>
  );
}
