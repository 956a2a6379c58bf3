/**
 * Signing one consent document: the client types their full name and ticks that they agree; the
 * version and the text's hash they were shown go with it, so a document republished while they read
 * is refused and shown again. Each problem is said at its field, in the client's language.
 */
import { Alert, Checkbox, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { PortalButton } from '../portal/PortalShell.tsx';
import { type PortalConsent, useSignConsent } from './api.ts';
import type { ConsentT } from './i18n.ts';
import { type SignProblem, signProblem } from './problems.ts';

interface Props {
  consent: PortalConsent;
  t: ConsentT;
  onSigned: () => void;
}

export function SignForm({ consent, t, onSigned }: Props) {
  const headingId = useId();
  const sign = useSignConsent(consent.enrollmentId);
  const [name, setName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [problem, setProblem] = useState<SignProblem & { nameMissing?: true }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const tickRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(name.trim() ? {} : { nameMissing: true as const }),
      ...(agreed ? {} : { agreed: 'agreeMissing' as const }),
    };
    setProblem(local);
    if (local.nameMissing) return nameRef.current?.focus();
    if (local.agreed) return tickRef.current?.focus();
    sign.mutate(
      {
        typedName: name,
        agreed,
        documentVersion: consent.document.version,
        documentSha256: consent.document.sha256,
      },
      {
        onSuccess: onSigned,
        onError: (error) => {
          const p = signProblem(error);
          setProblem(p);
          if (p.typedName) nameRef.current?.focus();
          else if (p.agreed) tickRef.current?.focus();
        },
      },
    );
  };

  const nameError = problem.nameMissing ? t('nameMissing') : problem.typedName ? t('nameWrong') : undefined;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} size="h3" id={headingId}>
        {t('signHeading')}
      </Title>
      <Text>{t('signIntro')}</Text>
      {problem.changed && (
        <Alert color="orange" role="alert" title={t('changedTitle')}>
          {t('changedBody')}
        </Alert>
      )}
      {problem.other && (
        <Alert color="red" role="alert">
          {t('signFailed')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            ref={nameRef}
            size="lg"
            label={t('nameLabel')}
            description={t('nameHint')}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            required
          />
          <Checkbox
            ref={tickRef}
            size="md"
            label={t('agreeLabel')}
            checked={agreed}
            onChange={(e) => setAgreed(e.currentTarget.checked)}
            error={problem.agreed ? t('agreeMissing') : undefined}
          />
          <PortalButton type="submit" loading={sign.isPending}>
            {t('sign', { version: consent.document.version })}
          </PortalButton>
        </Stack>
      </form>
    </Stack>
  );
}
