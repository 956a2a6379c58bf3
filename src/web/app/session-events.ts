/** Connects the fetch wrapper's session signals to the cached session. */

import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../../api/auth.ts';
import { onTwoFactorRequired, onUnauthorized } from '../http/http.ts';
import { tKey } from '../i18n/labels.ts';
import { sessionKey } from './session.ts';

export function connectSessionEvents(queryClient: QueryClient): () => void {
  const offUnauthorized = onUnauthorized(() => {
    const had = queryClient.getQueryData<Session | null>(sessionKey);
    if (!had) return;
    // The session ended (expired, or signed out elsewhere): back to the sign-in page.
    queryClient.setQueryData(sessionKey, null);
    notifications.show({
      id: 'session-ended',
      color: 'orange',
      title: tKey('errors:session.signedOut'),
      message: tKey('errors:session.sessionEnded'),
    });
  });
  const offTwoFactor = onTwoFactorRequired(() => {
    // The organization now requires two-factor: the session says so, and the shell shows setup.
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  });
  return () => {
    offUnauthorized();
    offTwoFactor();
  };
}
