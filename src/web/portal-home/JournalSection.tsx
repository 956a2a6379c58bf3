/**
 * "Integration journal": a field to write a new entry (checked before saving, the error beside it)
 * and the client's entries, newest first, each to edit, share or stop sharing, and delete. What
 * happened is announced in one polite status line.
 */
import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { PortalButton } from '../portal/PortalShell.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useCreateEntry, useJournal } from './api.ts';
import { WRAPPING_BUTTON } from './button-styles.ts';
import type { HomeText, PortalLanguage } from './i18n.ts';
import { JournalEntryItem } from './JournalEntryItem.tsx';
import { entryError, JOURNAL_MAX_LENGTH, saveError } from './validation.ts';

interface Props {
  t: HomeText;
  language: PortalLanguage;
  timezone: string;
  organization: string;
}

export function JournalSection({ t, language, timezone, organization }: Props) {
  const headingId = useId();
  const listHeadingId = useId();
  const journal = useJournal();
  const create = useCreateEntry();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  // After a delete the entry (and the focused dialog) is gone: the reader continues at the list.
  const [deletions, setDeletions] = useState(0);
  useEffect(() => {
    if (deletions > 0) listHeading.current?.focus();
  }, [deletions]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const message = entryError(body, t);
    setError(message);
    setStatus('');
    if (message) {
      field.current?.focus();
      return;
    }
    create.mutate(body, {
      onSuccess: () => {
        setBody('');
        setStatus(t.entrySaved);
      },
      onError: (e) => {
        setError(saveError(e, body, t));
        field.current?.focus();
      },
    });
  };

  const items = journal.data?.items ?? [];
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t.journalHeading}
      </Title>
      <Text>{t.journalIntro}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            ref={field}
            label={t.newEntryLabel}
            size="lg"
            autosize
            minRows={4}
            maxRows={14}
            maxLength={JOURNAL_MAX_LENGTH}
            required
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              if (error) setError(null);
            }}
            error={error}
            styles={{ label: { fontWeight: 700 }, error: { fontSize: 'var(--mantine-font-size-md)' } }}
          />
          <Stack>
            <PortalButton type="submit" loading={create.isPending}>
              {t.saveEntry}
            </PortalButton>
          </Stack>
        </Stack>
      </form>
      <Text role="status" fw={600}>
        {status}
      </Text>
      <Title
        order={3}
        size="h4"
        id={listHeadingId}
        ref={listHeading}
        tabIndex={-1}
        className="portal-heading"
      >
        {t.entriesLabel}
      </Title>
      {journal.isError && !journal.data ? (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text>{t.actionFailed}</Text>
            <Button
              styles={WRAPPING_BUTTON}
              variant="default"
              size="md"
              onClick={() => void journal.refetch()}
            >
              {t.tryAgain}
            </Button>
          </Stack>
        </Alert>
      ) : !journal.data ? (
        <PageLoader label={t.loading} />
      ) : items.length === 0 ? (
        <Text>{t.noEntries}</Text>
      ) : (
        <>
          <Text size="sm">{t.shareHelp(organization)}</Text>
          <ul className="portal-home-list" aria-labelledby={listHeadingId}>
            {items.map((entry) => (
              <JournalEntryItem
                key={entry.id}
                entry={entry}
                t={t}
                language={language}
                timezone={timezone}
                announce={setStatus}
                onDeleted={() => {
                  setStatus(t.entryDeleted);
                  setDeletions((n) => n + 1);
                }}
              />
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
