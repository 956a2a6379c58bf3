/**
 * "Email me a sign-in link": one email field, checked before sending, and then always the same
 * answer (whether or not the address is known — the page must not tell). A client who was signed out
 * sees why at the top.
 */
import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../http/problem.ts';
import type { PortalLanguage } from '../portal/i18n.ts';
import { LanguageChoice } from '../portal/LanguageChoice.tsx';
import { PortalButton, PortalShell, ScreenHeading } from '../portal/PortalShell.tsx';
import { useRequestLink } from './api.ts';
import type { HomeText } from './i18n.ts';
import { emailError } from './validation.ts';
import './portal-home.css';

interface Props {
  t: HomeText;
  /** Why the client sees this form, e.g. "You are signed out." */
  notice?: string | undefined;
  /** The language shown, and the client's switch to another. */
  language?: PortalLanguage | undefined;
  onLanguage?: ((language: PortalLanguage) => void) | undefined;
}

export function RequestLinkScreen({ t, notice, language, onLanguage }: Props) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const request = useRequestLink();
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const problem = useRef<HTMLDivElement>(null);

  // Each switch between the form and the confirmation starts the reader at the new heading.
  const shown = useRef(sent);
  useEffect(() => {
    if (shown.current === sent) return;
    shown.current = sent;
    heading.current?.focus();
  }, [sent]);

  const failure =
    request.error instanceof ApiError && request.error.status === 429
      ? t.rateLimited
      : request.isError && !(request.error instanceof ApiError && request.error.status === 400)
        ? t.actionFailed
        : null;
  useEffect(() => {
    if (failure) problem.current?.focus();
  }, [failure]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const message = emailError(email, t);
    setError(message);
    if (message) {
      input.current?.focus();
      return;
    }
    request.mutate(email.trim(), {
      onSuccess: () => setSent(true),
      onError: (e) => {
        // The server checks the address's form too; anything else is shown under the button.
        if (e instanceof ApiError && e.status === 400) {
          setError(t.emailInvalid);
          input.current?.focus();
        }
      },
    });
  };

  if (sent) {
    return (
      <PortalShell title={t.requestSentTitle}>
        <Stack gap="lg">
          <ScreenHeading ref={heading}>{t.requestSentTitle}</ScreenHeading>
          <Text size="lg" role="status">
            {t.requestSent}
          </Text>
          <Stack>
            <PortalButton
              variant="default"
              onClick={() => {
                request.reset();
                setSent(false);
              }}
            >
              {t.requestAnother}
            </PortalButton>
          </Stack>
        </Stack>
      </PortalShell>
    );
  }

  return (
    <PortalShell title={t.requestTitle}>
      <Stack gap="lg">
        {language && onLanguage && <LanguageChoice language={language} onChange={onLanguage} />}
        {notice && (
          <Alert color="blue" variant="light" role="status">
            <Text>{notice}</Text>
          </Alert>
        )}
        <Stack gap="xs">
          <ScreenHeading ref={heading}>{t.requestTitle}</ScreenHeading>
          <Text size="lg">{t.requestIntro}</Text>
        </Stack>
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <TextInput
              ref={input}
              type="email"
              name="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              size="lg"
              label={t.emailLabel}
              description={t.emailHint}
              required
              value={email}
              onChange={(e) => {
                setEmail(e.currentTarget.value);
                if (error) setError(null);
              }}
              error={error}
              styles={{ label: { fontWeight: 700 }, error: { fontSize: 'var(--mantine-font-size-md)' } }}
            />
            {failure && (
              <Alert ref={problem} tabIndex={-1} color="red" variant="light" role="alert">
                <Text>{failure}</Text>
              </Alert>
            )}
            <Stack>
              <PortalButton type="submit" loading={request.isPending}>
                {t.requestSubmit}
              </PortalButton>
            </Stack>
          </Stack>
        </form>
      </Stack>
    </PortalShell>
  );
}
