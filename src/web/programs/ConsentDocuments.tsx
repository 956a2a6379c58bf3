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
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { type ConsentDocument, type Program, useConsentDocuments, usePublishConsent } from './api.ts';

export function ConsentDocuments({ program }: { program: Program }) {
  const canPublish = useCan('consent.manage');
  const current = program.consentDocument;
  const [publishing, setPublishing] = useState(false);
  const history = useConsentDocuments(program.id);
  const earlier = (history.data?.items ?? []).filter((d) => d.version !== current?.version);
  return (
    <Section
      title="Consent document"
      id="program-consent"
      actions={
        canPublish &&
        !publishing && (
          <Button variant="default" size="compact-md" onClick={() => setPublishing(true)}>
            Publish new version
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {current ? (
          <DocumentView document={current} label={`Current: version ${current.version}`} />
        ) : (
          <Text size="sm">
            No consent document yet. Clients cannot consent, and so cannot be booked for dosing, until one is
            published.
          </Text>
        )}
        {publishing && (
          <PublishForm program={program} current={current} onDone={() => setPublishing(false)} />
        )}
        {earlier.length > 0 && (
          <div>
            <Text fw={600} size="sm">
              Earlier versions
            </Text>
            <List size="sm">
              {earlier
                .sort((a, b) => b.version - a.version)
                .map((d) => (
                  <List.Item key={d.id}>
                    Version {d.version}: {d.title} (
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
  return (
    <div>
      <Text fw={600}>
        {label} — {d.title}
      </Text>
      <Text size="sm">
        Published <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
      </Text>
      <Box component="details" className="threshold-source" mt={4}>
        <Text component="summary" size="sm" fw={600}>
          Read version {d.version}
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
  const publish = usePublishConsent(program.id);
  const [title, setTitle] = useState(current?.title ?? `Consent to ${program.name}`);
  const [body, setBody] = useState(current?.body ?? '');
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(title.trim() ? {} : { title: 'Enter a title.' }),
      ...(body.trim() ? {} : { body: 'Enter the text clients consent to.' }),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    publish.mutate(
      { title: title.trim(), body },
      {
        onSuccess: (doc) => {
          notifications.show({
            color: 'teal',
            message: `Consent document version ${doc.version} published.`,
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
    <form onSubmit={submit} noValidate aria-label="Publish a new consent document version">
      <Stack gap="sm">
        <Alert color="orange" variant="light" title="Clients consent again">
          After publishing version {(current?.version ?? 0) + 1}, clients who consented to an earlier version
          cannot be dosed until they consent to the new one.
        </Alert>
        {publish.isError && !(publish.error instanceof ApiError && publish.error.fieldErrors.length) && (
          <ErrorAlert error={publish.error} title="Not published" />
        )}
        <TextInput
          label="Document title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          maxLength={200}
          {...requiredField}
        />
        <Textarea
          label="Document text"
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
            Publish version {(current?.version ?? 0) + 1}
          </Button>
          <Button variant="default" onClick={onDone} disabled={publish.isPending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
