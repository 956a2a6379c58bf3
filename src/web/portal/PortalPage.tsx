/**
 * The client's questionnaire link, `/p/:token`: a standalone page (no staff sign-in, no app shell),
 * in the client's language. It reads the invitation, then hands over to the questionnaire; a link
 * that is unknown, answered, closed or withdrawn gets a plain explanation instead.
 */

import { ApiError } from '../http/problem.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { usePortalInvitation } from './api.ts';
import { browserLanguage, PORTAL_TEXT } from './i18n.ts';
import { useParams } from './navigation.tsx';
import { PortalMessage } from './PortalMessage.tsx';
import { PortalQuestionnaire } from './PortalQuestionnaire.tsx';
import { PortalShell, useHtmlLang } from './PortalShell.tsx';
import { portalProblem } from './problems.ts';

export function PortalPage() {
  const { token = '' } = useParams();
  const query = usePortalInvitation(token);
  const language =
    query.data?.language ??
    browserLanguage(typeof navigator === 'undefined' ? undefined : navigator.language);
  useHtmlLang(language);
  const t = PORTAL_TEXT[language];

  if (query.isError && !query.data) {
    // A token of the wrong shape is refused by validation (400): to the client it is just not valid.
    const problem =
      query.error instanceof ApiError && query.error.status === 400
        ? 'not-found'
        : portalProblem(query.error);
    return (
      <PortalMessage
        problem={problem}
        t={t}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!query.data) {
    return (
      <PortalShell title={t.loading}>
        <PageLoader label={t.loading} />
      </PortalShell>
    );
  }
  return <PortalQuestionnaire key={token} token={token} invitation={query.data} t={t} />;
}
