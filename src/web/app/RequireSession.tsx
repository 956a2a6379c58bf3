/**
 * Renders the signed-in app, or sends the visitor to the sign-in page (remembering where they were
 * going). While the session loads it shows a spinner; if the server cannot be reached, an error.
 */
import { Container } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { useOrganizationLocale } from '../i18n/organization-locale.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { fetchSession, sessionKey } from './session.ts';
import { SessionContext } from './session-context.tsx';

export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const query = useQuery({ queryKey: sessionKey, queryFn: fetchSession });
  const { t } = useT('nav');
  useOrganizationLocale(query.data);

  if (query.data) return <SessionContext value={query.data}>{children}</SessionContext>;
  if (query.data === null) {
    const here = location.pathname + location.search;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  return (
    <Container size="sm" py="xl" component="main">
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <PageLoader label={t('loadingSession')} />
      )}
    </Container>
  );
}
