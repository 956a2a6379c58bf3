/**
 * E-consent, loaded when the portal needs it: most visits never sign anything, so its screens,
 * words and form stay out of the portal's first download (scripts/portal-budget.mjs).
 */
import { lazy, Suspense } from 'react';
import type { PortalLanguage } from '../portal/i18n.ts';
import { PageLoader } from '../ui/PageLoader.tsx';

const load = () => import('./screens.ts');
const ConsentPage = lazy(() => load().then((m) => ({ default: m.ConsentPage })));
const ConsentsDue = lazy(() => load().then((m) => ({ default: m.ConsentsDue })));

/** The screen `/portal/consent/:enrollmentId`. */
export function LazyConsentPage() {
  return (
    <Suspense fallback={<PageLoader />}>
      <ConsentPage />
    </Suspense>
  );
}

/** The home's "Consent to sign" (nothing until it has loaded, and nothing when nothing is due). */
export function LazyConsentsDue({ language }: { language: PortalLanguage }) {
  return (
    <Suspense fallback={null}>
      <ConsentsDue language={language} />
    </Suspense>
  );
}
