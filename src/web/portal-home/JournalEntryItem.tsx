/**
 * One journal entry: when it was written (and edited), the text, whether it is private or shared with
 * the care team (and since when), and Edit, Share / Stop sharing and Delete (after a confirmation).
 * Every button names the entry for screen readers, as there are many alike.
 */
import { Button, Group, Modal, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type JournalEntry, useDeleteEntry, useShareEntry, useUpdateEntry } from './api.ts';
import { WRAPPING_BUTTON } from './button-styles.ts';
import { formatDay, formatMoment } from './format.ts';
import type { HomeText, PortalLanguage } from './i18n.ts';
import { entryError, JOURNAL_MAX_LENGTH, saveError } from './validation.ts';

interface Props {
  entry: JournalEntry;
  t: HomeText;
  language: PortalLanguage;
  timezone: string;
  /** Says what happened in the journal's status line. */
  announce: (message: string) => void;
  onDeleted: () => void;
}

export function JournalEntryItem({ entry, t, language, timezone, announce, onDeleted }: Props) {
  const update = useUpdateEntry(entry.id);
  const share = useShareEntry(entry.id);
  const remove = useDeleteEntry(entry.id, onDeleted);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.body);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  const written = formatMoment(entry.createdAt, language, timezone);
  const edited =
    entry.updatedAt !== entry.createdAt ? formatMoment(entry.updatedAt, language, timezone) : null;
  const which = <VisuallyHidden>{` ${t.entryOf(written)}`}</VisuallyHidden>;

  // Opening the editor puts the cursor in it; closing it returns to Edit.
  const opened = useRef(false);
  useEffect(() => {
    if (editing) field.current?.focus();
    else if (opened.current) editButton.current?.focus();
    opened.current = editing;
  }, [editing]);

  const startEditing = () => {
    setDraft(entry.body);
    setError(null);
    setEditing(true);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const message = entryError(draft, t);
    setError(message);
    if (message) {
      field.current?.focus();
      return;
    }
    update.mutate(draft, {
      onSuccess: () => {
        setEditing(false);
        announce(t.entrySaved);
      },
      onError: (e) => {
        setError(saveError(e, draft, t));
        field.current?.focus();
      },
    });
  };

  const toggleShare = () =>
    share.mutate(entry.sharedAt === null, {
      onSuccess: (saved) =>
        announce(saved.sharedAt ? t.sharedOn(formatDay(saved.sharedAt, language, timezone)) : t.private),
    });

  return (
    <li className="portal-home-card">
      <Stack gap="sm">
        <Text size="sm" fw={700}>
          <time dateTime={entry.createdAt}>{t.writtenOn(written)}</time>
          {edited && `, ${t.editedOn(edited)}`}
        </Text>
        {editing ? (
          <form onSubmit={save} noValidate>
            <Stack gap="sm">
              <Textarea
                ref={field}
                label={t.editLabel}
                size="lg"
                autosize
                minRows={4}
                maxRows={14}
                maxLength={JOURNAL_MAX_LENGTH}
                required
                value={draft}
                onChange={(e) => {
                  setDraft(e.currentTarget.value);
                  if (error) setError(null);
                }}
                error={error}
                styles={{ error: { fontSize: 'var(--mantine-font-size-md)' } }}
              />
              <Group gap="sm">
                <Button styles={WRAPPING_BUTTON} type="submit" size="lg" loading={update.isPending}>
                  {t.saveEntry}
                </Button>
                <Button
                  styles={WRAPPING_BUTTON}
                  variant="default"
                  size="lg"
                  onClick={() => setEditing(false)}
                >
                  {t.cancel}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="lg" className="portal-home-entry-body">
            {entry.body}
          </Text>
        )}
        <Text fw={600} c={entry.sharedAt ? 'teal.9' : undefined}>
          {entry.sharedAt ? t.sharedOn(formatDay(entry.sharedAt, language, timezone)) : t.private}
        </Text>
        {!editing && (
          <Group gap="sm">
            <Button
              styles={WRAPPING_BUTTON}
              ref={editButton}
              variant="default"
              size="lg"
              onClick={startEditing}
            >
              {t.edit}
              {which}
            </Button>
            <Button
              styles={WRAPPING_BUTTON}
              variant="default"
              size="lg"
              loading={share.isPending}
              onClick={toggleShare}
            >
              {entry.sharedAt ? t.stopSharing : t.share}
              {which}
            </Button>
            <Button
              styles={WRAPPING_BUTTON}
              variant="default"
              size="lg"
              c="red.9"
              onClick={() => setConfirming(true)}
            >
              {t.delete}
              {which}
            </Button>
          </Group>
        )}
        {(share.isError || remove.isError) && (
          <Text c="red.9" fw={600} role="alert">
            {t.actionFailed}
          </Text>
        )}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t.deleteTitle}
        centered
        closeButtonProps={{ 'aria-label': t.cancel }}
      >
        <Stack>
          <Text>{t.deleteBody}</Text>
          <Group justify="flex-end" gap="sm">
            <Button
              styles={WRAPPING_BUTTON}
              variant="default"
              size="lg"
              onClick={() => setConfirming(false)}
              disabled={remove.isPending}
            >
              {t.cancel}
            </Button>
            <Button
              styles={WRAPPING_BUTTON}
              color="red.9"
              size="lg"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onError: () => setConfirming(false) })}
            >
              {t.deleteConfirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </li>
  );
}
