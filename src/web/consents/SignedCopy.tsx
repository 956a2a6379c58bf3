/**
 * The signed copy of one consent for staff: who signed, when (organization's time zone), which
 * version and its hash (and whether the stored text still matches it), the typed name, tick,
 * address and device of a portal signature, and the text exactly as signed, shown in place below
 * the consent it belongs to. Opening it is audited.
 */
import { Alert, Box, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useOrgTimezone } from '../calendar/time.ts';
import { CONSENT_METHODS, type ConsentMethod } from '../enrollments/api.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDateTimeIn } from '../sessions/time.ts';
import { type DataItem, DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type SignedConsent, useSignedConsent } from './api.ts';

/** A button that shows (and hides) the signed copy of consent `id` below it. */
export function SignedCopyButton({ id, version }: { id: string; version: number }) {
  const { t } = useT('consents');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setOpen((o) => !o)}
        aria-label={t('viewCopyOf', { version })}
        aria-expanded={open}
        aria-controls={panelId}
      >
        {t('viewCopy')}
      </Button>
      <div id={panelId}>{open && <SignedCopyPanel id={id} />}</div>
    </>
  );
}

function SignedCopyPanel({ id }: { id: string }) {
  const { t } = useT('consents');
  const query = useSignedConsent(id, true);
  const c = query.data;
  return (
    <Paper
      withBorder
      p="sm"
      my="xs"
      component="section"
      aria-label={c ? t('title', { title: c.document.title, version: c.document.version }) : t('loading')}
    >
      {query.isError && !c ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !c ? (
        <PageLoader label={t('loading')} />
      ) : (
        <Stack gap="sm">
          <Title order={5} size="h6">
            {t('title', { title: c.document.title, version: c.document.version })}
          </Title>
          <SignedCopyBody consent={c} />
        </Stack>
      )}
    </Paper>
  );
}

function SignedCopyBody({ consent: c }: { consent: SignedConsent }) {
  const { t } = useT('consents');
  const { t: te } = useT('enrollments');
  const { timezone } = useOrgTimezone();
  const fmt = (iso: string) => formatDateTimeIn(iso, timezone);
  const method = (CONSENT_METHODS as readonly string[]).includes(c.method)
    ? te(`consent.methods.${c.method as ConsentMethod}`)
    : c.method;
  const s = c.signature;
  const items: DataItem[] = [
    { label: t('client'), value: c.client.name },
    ...(s ? [{ label: t('typedName'), value: s.typedName }] : []),
    { label: t('signedAt'), value: <time dateTime={c.signedAt}>{fmt(c.signedAt)}</time> },
    {
      label: t('version'),
      value: t('versionValue', { version: c.document.version, date: fmt(c.document.publishedAt) }),
    },
    { label: t('method'), value: method },
    { label: t('hash'), value: c.documentSha256 ?? t('noHash') },
    ...(s
      ? [
          { label: t('agreed'), value: s.agreed ? t('yes') : t('no') },
          { label: t('address'), value: s.ip ?? t('notRecorded') },
          { label: t('device'), value: s.userAgent ?? t('notRecorded') },
        ]
      : []),
    ...(c.recordedBy ? [{ label: t('recordedBy'), value: c.recordedBy.name }] : []),
    ...(c.withdrawnAt ? [{ label: t('withdrawn'), value: fmt(c.withdrawnAt) }] : []),
  ];
  return (
    <Stack gap="md">
      <Text size="sm">{t('timesIn', { zone: timezone })}</Text>
      <DataList items={items} />
      {c.documentSha256 && (
        <Alert color={c.textVerified ? 'teal' : 'red'} role={c.textVerified ? undefined : 'alert'}>
          {c.textVerified ? t('verified') : t('notVerified')}
        </Alert>
      )}
      <Text fw={600} size="sm">
        {t('text')}
      </Text>
      <Box
        p="sm"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 4,
          maxHeight: 320,
          overflowY: 'auto',
        }}
        tabIndex={0}
        aria-label={t('text')}
        role="region"
      >
        {c.document.body}
      </Box>
    </Stack>
  );
}
