/**
 * The facilitator's "difficult session" flag on a dosing record, with a note: saving it raises an
 * alert for the clinicians and pulls the first integration contact forward (the server decides).
 */
import { Alert, Badge, Button, Group, Paper, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { DosingRecord } from '../../api/dosing.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { useFlagDifficult } from './api.ts';

export function DifficultFlagSection({ record, canFlag }: { record: DosingRecord; canFlag: boolean }) {
  const { t } = useT('integration');
  const f = useFormat();
  const [note, setNote] = useState(record.difficultNote ?? '');
  const flag = useFlagDifficult(record.id);
  const noteError =
    flag.error instanceof ApiError
      ? flag.error.fieldErrors.find((e) => e.field === 'note')?.message
      : undefined;
  const saved = flag.data;
  const save = (difficult: boolean) => flag.mutate({ difficult, note: difficult ? note : null });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="difficult-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="difficult-heading">
          {t('flag.title')}
        </Title>
        <Badge color={record.difficult ? 'orange' : 'gray'} variant="light" tt="none">
          {record.difficult ? t('flag.flagged') : t('flag.notFlagged')}
        </Badge>
      </Group>
      <Text size="sm" mb="sm">
        {t('flag.intro')}
      </Text>
      {record.difficult && record.difficultNote && !canFlag && <Text size="sm">{record.difficultNote}</Text>}
      {canFlag && (
        <>
          <Textarea
            label={t('flag.note')}
            description={t('flag.noteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={noteError}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <Group mt="sm">
            <Button loading={flag.isPending} onClick={() => save(true)}>
              {t('flag.flag')}
            </Button>
            {record.difficult && (
              <Button variant="default" loading={flag.isPending} onClick={() => save(false)}>
                {t('flag.unflag')}
              </Button>
            )}
          </Group>
        </>
      )}
      {flag.isError && !noteError && (
        <Alert color="red" mt="sm" title={t('flag.failed')}>
          {errorMessage(flag.error)}
        </Alert>
      )}
      {saved && (
        <Alert color="teal" mt="sm" role="status">
          {saved.contact
            ? t('flag.saved', { slot: f.range(saved.contact.session.startsAt, saved.contact.session.endsAt) })
            : t('flag.savedNoContact')}
        </Alert>
      )}
    </Paper>
  );
}
