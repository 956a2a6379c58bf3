/**
 * The sign-in link from the email, `/portal/sign-in/:token`: a standalone page that sends the token
 * once (it works only once), then opens the client's home. A used, expired or unknown link gets a
 * plain explanation and a way to ask for a new one; a network failure can be tried again.
 */
import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { resolveLanguage } from '../i18n/language.ts';
import { PORTAL_TEXT } from '../portal/i18n.ts';
import { useNavigate, useParams } from '../portal/navigation.tsx';
import { PortalMessage } from '../portal/PortalMessage.tsx';
import { PortalButton, PortalShell, ScreenHeading, useHtmlLang } from '../portal/PortalShell.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { portalHomeKeys, useSignIn } from './api.ts';
import { HOME_TEXT } from './i18n.ts';
import { signInProblem, signInProblemText } from './sign-in-problem.ts';

export function SignInLinkPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const language = resolveLanguage(null);
  useHtmlLang(language);
  const t = HOME_TEXT[language];
  const { mutate, error, isError, isPending } = useSignIn();

  const signIn = useCallback(
    () =>
      mutate(token, {
        onSuccess: () => {
          // Whatever was cached belonged to no one or to an earlier sign-in.
          queryClient.removeQueries({ queryKey: portalHomeKeys.all });
          navigate('/portal', { replace: true });
        },
      }),
    [mutate, token, queryClient, navigate],
  );

  // Once per token: a second request (React's strict mode runs effects twice) would find it used.
  const sentFor = useRef<string | null>(null);
  useEffect(() => {
    if (sentFor.current === token) return;
    sentFor.current = token;
    signIn();
  }, [token, signIn]);

  const heading = useRef<HTMLHeadingElement>(null);
  const problem = isError ? signInProblem(error) : null;
  const text = problem ? signInProblemText(problem, t) : null;
  const closed = text !== null;
  useEffect(() => {
    if (closed) heading.current?.focus();
  }, [closed]);

  if (problem && !text) {
    return (
      <PortalMessage
        problem={problem === 'network' ? 'network' : 'other'}
        t={PORTAL_TEXT[language]}
        onRetry={signIn}
        retrying={isPending}
      />
    );
  }
  if (text) {
    return (
      <PortalShell title={text.title}>
        <Stack gap="lg">
          <ScreenHeading ref={heading}>{text.title}</ScreenHeading>
          <Text size="lg">{text.body}</Text>
          <Stack>
            <PortalButton onClick={() => navigate('/portal')}>{t.requestNewLink}</PortalButton>
          </Stack>
        </Stack>
      </PortalShell>
    );
  }
  return (
    <PortalShell title={t.signingIn}>
      <PageLoader label={t.signingIn} />
    </PortalShell>
  );
}
