/**
 * Answering a check-in: "I'm OK" (with blood pressure and pulse when the program asks) or "I need
 * help" at any time, with an optional note; after "I need help" the crisis lines to call.
 */
import { Alert, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../http/problem.ts';
import { PortalButton } from '../portal/PortalShell.tsx';
import type { CheckinAnswerIn, CheckinResult } from './api.ts';
import { CrisisCard } from './CrisisCard.tsx';
import type { AtHomeT } from './text.ts';

interface Props {
  askVitals: boolean;
  /** The page's language: the crisis lines come in it. */
  language: 'en' | 'nl';
  t: AtHomeT;
  send: (body: CheckinAnswerIn) => Promise<CheckinResult>;
  pending: boolean;
}

type Vital = number | string;
const num = (v: Vital) => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

export function CheckinForm({ askVitals, language, t, send, pending }: Props) {
  const [note, setNote] = useState('');
  const [vitals, setVitals] = useState<Record<'systolic' | 'diastolic' | 'heartRate', Vital>>({
    systolic: '',
    diastolic: '',
    heartRate: '',
  });
  const [result, setResult] = useState<CheckinResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (answer: 'ok' | 'help') => {
    setError(null);
    const body: CheckinAnswerIn = { answer, note: note.trim() || null, language };
    if (askVitals && answer === 'ok')
      Object.assign(body, {
        systolic: num(vitals.systolic),
        diastolic: num(vitals.diastolic),
        heartRate: num(vitals.heartRate),
      });
    try {
      setResult(await send(body));
      setNote('');
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      setError(t(status === 409 ? 'nothingOpen' : status === 400 ? 'checkVitals' : 'sendFailed'));
    }
  };
  const field = (name: keyof typeof vitals) => (
    <NumberInput
      label={t(name)}
      value={vitals[name]}
      onChange={(v) => setVitals((s) => ({ ...s, [name]: v }))}
      allowDecimal={false}
      inputMode="numeric"
    />
  );
  return (
    <Stack gap="md">
      {result?.crisis && <CrisisCard crisis={result.crisis} t={t} />}
      {result && !result.crisis && (
        <Alert color="green" role="status">
          {t('sent')}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {askVitals && (
        <Stack gap="xs">
          <Text size="sm">{t('vitalsHint')}</Text>
          {field('systolic')}
          {field('diastolic')}
          {field('heartRate')}
        </Stack>
      )}
      <Textarea
        label={t('note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      <Group grow wrap="wrap">
        <PortalButton color="#1b5e20" loading={pending} onClick={() => void submit('ok')}>
          {t('answer.ok')}
        </PortalButton>
        <PortalButton color="red.9" loading={pending} onClick={() => void submit('help')}>
          {t('answer.help')}
        </PortalButton>
      </Group>
    </Stack>
  );
}
