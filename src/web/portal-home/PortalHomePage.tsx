/**
 * The client's portal home, `/portal`: a standalone page (no staff sign-in, no app shell). Signed in
 * (the `threshold_portal` cookie), it shows the home in the client's language; otherwise, or once
 * the sign-in has ended, the form to ask for a sign-in link in the browser's language.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../http/problem.ts';
import { resolveLanguage } from '../i18n/language.ts';
import { PORTAL_TEXT, type PortalLanguage } from '../portal/i18n.ts';
import { PortalMessage } from '../portal/PortalMessage.tsx';
import { PortalShell, useHtmlLang } from '../portal/PortalShell.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { isSignedOut, portalHomeKeys, usePortalMe } from './api.ts';
import { HomeView } from './HomeView.tsx';
import { HOME_TEXT } from './i18n.ts';
import { RequestLinkScreen } from './RequestLinkScreen.tsx';

export function PortalHomePage() {
  const queryClient = useQueryClient();
  const [signedOut, setSignedOut] = useState(false);
  const me = usePortalMe(!signedOut);
  const needsSignIn = signedOut || isSignedOut(me.error);
  const home = needsSignIn ? undefined : me.data;
  // Before sign-in: the language chosen on this device, else the browser's.
  const [chosen, setChosen] = useState<PortalLanguage>(() => resolveLanguage(null));
  const language = home?.client.language ?? chosen;
  useHtmlLang(language);
  const t = HOME_TEXT[language];

  if (needsSignIn) {
    // Signed out here, or the sign-in ended while the page was open (then the home was on screen).
    const notice = signedOut ? t.signedOut : me.data ? t.sessionEnded : undefined;
    return <RequestLinkScreen t={t} notice={notice} language={language} onLanguage={setChosen} />;
  }
  if (me.isError && !home) {
    const network = me.error instanceof ApiError && me.error.status === 0;
    return (
      <PortalMessage
        problem={network ? 'network' : 'other'}
        t={PORTAL_TEXT[language]}
        onRetry={() => void me.refetch()}
        retrying={me.isFetching}
      />
    );
  }
  if (!home) {
    return (
      <PortalShell title={t.loading}>
        <PageLoader label={t.loading} />
      </PortalShell>
    );
  }
  return (
    <HomeView
      home={home}
      t={t}
      onSignedOut={() => {
        setSignedOut(true);
        // Nothing of the client's stays in memory on a shared device.
        queryClient.removeQueries({ queryKey: portalHomeKeys.all });
      }}
    />
  );
}
