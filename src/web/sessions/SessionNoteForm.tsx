/**
 * The session note. A group session has one note for the whole group, which appears in the record
 * of each attendee recorded as attended (src/domain/scheduling/session-notes.ts), and the form says
 * who that is; a personal session's note belongs to that client. Roles that run sessions
 * write it; a stale edit is refused and the current note is shown.
 */
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { noteRecipients } from '../../domain/scheduling/session-notes.ts';
import { useCan } from '../app/session-context.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { type SessionDetail, useSaveNote } from './api.ts';
import { formatDateTimeIn } from './time.ts';

/** Who a group note reaches, by name: only those recorded as attended. */
export function groupNoteReach(session: SessionDetail): string {
  const { reaches, not } = noteRecipients('group', session.attendees);
  const names = (list: typeof reaches) => list.map((a) => a.name).join(', ');
  const to = reaches.length
    ? tKey('sessions:note.reachesSome', { names: names(reaches) })
    : tKey('sessions:note.reachesNone');
  return not.length ? tKey('sessions:note.notInto', { to, names: names(not) }) : to;
}

const NOTE_MAX = 20000;

export function SessionNoteForm({ session, zone }: { session: SessionDetail; zone: string }) {
  const { t } = useT('sessions');
  const canRun = useCan('session.run');
  const save = useSaveNote(session.id);
  const [draft, setDraft] = useState(session.note ?? '');
  const [baseNote, setBaseNote] = useState(session.note ?? '');
  const [baseVersion, setBaseVersion] = useState(session.version);
  const group = session.kind === 'group';
  const dirty = draft !== baseNote;

  // A newer note from the server replaces an untouched draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the server's copy changes
  useEffect(() => {
    if (!dirty) {
      setDraft(session.note ?? '');
      setBaseNote(session.note ?? '');
      setBaseVersion(session.version);
    }
  }, [session.note, session.version]);

  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const error = save.error && !conflict ? save.error : null;
  const tooLong = draft.length > NOTE_MAX;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    save.mutate(
      { note: draft, version: conflict ? session.version : baseVersion },
      {
        onSuccess: (saved) => {
          setBaseNote(saved?.note ?? draft);
          setBaseVersion(saved?.version ?? baseVersion + 1);
          notifications.show({ color: 'teal', message: t('note.saved') });
        },
      },
    );
  };

  const description = group ? groupNoteReach(session) : t('note.personal');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="session-note-heading">
      <Title order={2} size="h4" id="session-note-heading" mb="sm">
        {group ? t('note.groupTitle') : t('note.title')}
      </Title>
      {canRun ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {conflict && (
              <Alert color="orange" title={t('note.conflictTitle')} role="alert">
                {t('note.conflictBody')}{' '}
                <Text span fs="italic">
                  {session.note || t('note.empty')}
                </Text>
                {t('note.conflictAfter')}
              </Alert>
            )}
            {error && <ErrorAlert error={error} title={t('note.notSaved')} />}
            <Textarea
              label={group ? t('note.groupLabel') : t('note.label')}
              description={description}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              error={tooLong ? t('note.tooLong', { length: draft.length, max: NOTE_MAX }) : null}
              autosize
              minRows={4}
            />
            {session.noteAt && (
              <Text size="sm">
                {session.noteBy
                  ? t('note.lastSavedBy', {
                      when: formatDateTimeIn(session.noteAt, zone),
                      name: session.noteBy.name,
                    })
                  : t('note.lastSaved', { when: formatDateTimeIn(session.noteAt, zone) })}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!dirty && !conflict}>
                {t('note.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{description}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{session.note || t('note.none')}</Text>
        </Stack>
      )}
    </Paper>
  );
}
