/**
 * The program's consent document: the current version, earlier ones, and publishing a new version.
 * A new version means clients must consent again before they can be dosed.
 */
import { Alert, Box, Button, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { type ConsentDocument, type Program, useConsentDocuments, usePublishConsent } from './api.ts';

export function ConsentDocuments({ program }: { program: Program }) {
  const { t } = useT('programs');
  const canPublish = useCan('consent.manage');
  const current = program.consentDocument;
  const [publishing, setPublishing] = useState(false);
  const history = useConsentDocuments(program.id);
  const earlier = (history.data?.items ?? []).filter((d) => d.version !== current?.version);
  return (
    <Section
      title={t('consent.title')}
      id="program-consent"
      actions={
        canPublish &&
        !publishing && (
          <Button variant="default" size="compact-md" onClick={() => setPublishing(true)}>
            {t('consent.publishNew')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {current ? (
          <DocumentView document={current} label={t('consent.current', { version: current.version })} />
        ) : (
          <Text size="sm">{t('consent.none')}</Text>
        )}
        {publishing && (
          <PublishForm program={program} current={current} onDone={() => setPublishing(false)} />
        )}
        {earlier.length > 0 && (
          <div>
            <Text fw={600} size="sm">
              {t('consent.earlier')}
            </Text>
            <List size="sm">
              {earlier
                .sort((a, b) => b.version - a.version)
                .map((d) => (
                  <List.Item key={d.id}>
                    {t('consent.earlierItem', { version: d.version, title: d.title })} (
                    <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>)
                  </List.Item>
                ))}
            </List>
          </div>
        )}
      </Stack>
    </Section>
  );
}

function DocumentView({ document: d, label }: { document: ConsentDocument; label: string }) {
  const { t } = useT('programs');
  return (
    <div>
      <Text fw={600}>
        {label} — {d.title}
      </Text>
      <Text size="sm">
        {t('consent.published')} <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
      </Text>
      <Box component="details" className="threshold-source" mt={4}>
        <Text component="summary" size="sm" fw={600}>
          {t('consent.read', { version: d.version })}
        </Text>
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {d.body}
        </Text>
      </Box>
    </div>
  );
}

function PublishForm({
  program,
  current,
  onDone,
}: {
  program: Program;
  current: ConsentDocument | null;
  onDone: () => void;
}) {
  const { t } = useT('programs');
  const publish = usePublishConsent(program.id);
  const [title, setTitle] = useState(current?.title ?? t('consent.defaultTitle', { name: program.name }));
  const [body, setBody] = useState(current?.body ?? '');
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(title.trim() ? {} : { title: t('consent.enterTitle') }),
      ...(body.trim() ? {} : { body: t('consent.enterBody') }),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    publish.mutate(
      { title: title.trim(), body },
      {
        onSuccess: (doc) => {
          notifications.show({
            color: 'teal',
            message: t('consent.publishedDone', { version: doc.version }),
          });
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            const field = (name: string) => error.fieldErrors.find((e) => e.field === name)?.message;
            setErrors({ title: field('title'), body: field('body') });
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('consent.form')}>
      <Stack gap="sm">
        <Alert color="orange" variant="light" title={t('consent.againTitle')}>
          {t('consent.againBody', { version: (current?.version ?? 0) + 1 })}
        </Alert>
        {publish.isError && !(publish.error instanceof ApiError && publish.error.fieldErrors.length) && (
          <ErrorAlert error={publish.error} title={t('consent.notPublished')} />
        )}
        <TextInput
          label={t('consent.docTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          maxLength={200}
          {...requiredField}
        />
        <Textarea
          label={t('consent.docBody')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errors.body}
          autosize
          minRows={6}
          maxLength={100_000}
          {...requiredField}
        />
        <Group>
          <Button type="submit" loading={publish.isPending}>
            {t('consent.publish', { version: (current?.version ?? 0) + 1 })}
          </Button>
          <Button variant="default" onClick={onDone} disabled={publish.isPending}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
