/** Where the screening form started (a saved draft, the last screening, or empty) and the draft's state. */

import { Alert, Button, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { formatDateTimeIn } from '../sessions/time.ts';
import type { DraftStatus, StartedFrom } from './screening-draft.ts';

export function DraftNotice({
  from,
  zone,
  onStartOver,
}: {
  from: StartedFrom;
  zone: string;
  onStartOver: () => void;
}) {
  const { t } = useT('enrollments');
  if (from.kind === 'new') return null;
  const title =
    from.kind === 'draft'
      ? `${t('draft.continuing')}${from.by ? t('draft.savedBy', { name: from.by }) : ''}${from.updatedAt ? t('draft.savedAt', { when: formatDateTimeIn(from.updatedAt, zone) }) : ''}`
      : t('draft.prefilled', { when: formatDateTimeIn(from.recordedAt, zone) });
  return (
    <Alert color="blue" title={title}>
      <Text size="sm">{from.kind === 'draft' ? t('draft.keptBody') : t('draft.prefilledBody')}</Text>
      <Button variant="default" size="xs" mt="xs" onClick={onStartOver}>
        {t('draft.startEmpty')}
      </Button>
    </Alert>
  );
}

export function DraftStatusText({ status, zone }: { status: DraftStatus; zone: string }) {
  const { t } = useT('enrollments');
  const text =
    status.kind === 'saving'
      ? t('draft.saving')
      : status.kind === 'saved'
        ? t('draft.saved', { when: formatDateTimeIn(status.at, zone) })
        : status.kind === 'failed'
          ? t('draft.failed')
          : '';
  return (
    <Text size="sm" c={status.kind === 'failed' ? 'red.9' : 'dimmed'} aria-live="polite">
      {text}
    </Text>
  );
}
