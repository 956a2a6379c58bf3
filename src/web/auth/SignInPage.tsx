/**
 * Sign-in: email and password, then a six-digit authentication code when the account has
 * two-factor. Errors show the problem's detail. Already signed in → straight on.
 */
import { Alert, Button, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { fetchSession, sessionKey } from '../app/session.ts';
import { useSignIn } from '../app/session-actions.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';
import { applyLanguage, resolveLanguage } from '../i18n/language.ts';
import { PageLoader } from '../ui/PageLoader.tsx';

/** Only same-site paths: `next` must not send the user to another site. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

export function SignInPage() {
  const { t } = useT('auth');
  useDocumentTitle(t('documentTitle'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useQuery({ queryKey: sessionKey, queryFn: fetchSession });
  const signIn = useSignIn();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [error, setError] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  // Nobody is signed in: the viewer's own choice, else the browser's language.
  useEffect(() => applyLanguage(resolveLanguage(null)), []);

  useEffect(() => {
    if (step === 'code') codeRef.current?.focus();
  }, [step]);

  if (session.data && !signIn.isPending) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError(t('missingCredentials'));
      setStep('password');
      return;
    }
    if (step === 'code' && !/^\d{6}$/.test(code.trim())) {
      setError(t('missingCode'));
      return;
    }
    const body = step === 'code' ? { email, password, totp: code.trim() } : { email, password };
    signIn.mutate(body, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (err) => {
        if (err instanceof ApiError && err.is('totp-required')) {
          if (step === 'code') setError(err.detail ?? t('codeRejected'));
          setStep('code');
          return;
        }
        setError(errorMessage(err));
      },
    });
  };

  const backToPassword = () => {
    setStep('password');
    setCode('');
    setError(null);
  };

  return (
    <Container size={420} py={{ base: 'xl', sm: 80 }} component="main">
      <Group justify="flex-end" mb="md">
        <LanguageSwitcher />
      </Group>
      <Title order={1} ta="center" mb={4}>
        {t('title')}
      </Title>
      <Text ta="center" mb="lg">
        {t('tagline')}
      </Text>
      {session.isPending ? (
        <PageLoader />
      ) : (
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              {error && (
                <Alert color="red" title={t('failed')} role="alert">
                  {error}
                </Alert>
              )}
              {step === 'password' ? (
                <>
                  <TextInput
                    label={t('email')}
                    type="email"
                    autoComplete="username"
                    value={email}
                    onChange={(e) => setEmail(e.currentTarget.value)}
                    autoFocus
                  />
                  <TextInput
                    label={t('password')}
                    type="password"
                    autoComplete="current-password"
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                  />
                </>
              ) : (
                <>
                  <Text size="sm">{t('twoFactorOn', { email })}</Text>
                  <TextInput
                    ref={codeRef}
                    label={t('code')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    pattern="[0-9]*"
                    maxLength={6}
                    value={code}
                    onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
                  />
                </>
              )}
              <Button type="submit" loading={signIn.isPending} fullWidth>
                {t('submit')}
              </Button>
              {step === 'code' && (
                <Button variant="subtle" onClick={backToPassword} fullWidth>
                  {t('otherAccount')}
                </Button>
              )}
            </Stack>
          </form>
        </Paper>
      )}
    </Container>
  );
}
