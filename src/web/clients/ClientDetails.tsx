/** Every field of a client record, read-only. Notes appear only when the server sent them. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Client } from '../../server/clients/schema.ts';
import { DataList, orNotRecorded } from '../ui/DataList.tsx';
import { ageFrom, formatDate, formatDateTime } from '../ui/format.ts';
import { SEX_AT_BIRTH_LABELS } from '../ui/labels.ts';
import { LANGUAGE_LABELS } from './draft.ts';

export function ClientDetails({ client }: { client: Client }) {
  const age = ageFrom(client.dateOfBirth);
  const hasNotes = 'notes' in client && client.notes !== undefined;
  return (
    <Stack gap="lg">
      <Section title="Identity">
        <DataList
          items={[
            { label: 'Given name', value: client.givenName },
            { label: 'Family name', value: client.familyName },
            { label: 'Preferred name', value: orNotRecorded(client.preferredName) },
            {
              label: 'Date of birth',
              value: (
                <>
                  <time dateTime={client.dateOfBirth}>{formatDate(client.dateOfBirth)}</time>
                  {age !== null && ` (age ${age})`}
                </>
              ),
            },
            { label: 'Sex at birth', value: SEX_AT_BIRTH_LABELS[client.sexAtBirth] ?? client.sexAtBirth },
            { label: 'Gender', value: orNotRecorded(client.gender) },
          ]}
        />
      </Section>
      <Section title="Contact details">
        <DataList
          items={[
            { label: 'Email', value: orNotRecorded(client.email) },
            { label: 'Phone', value: orNotRecorded(client.phone) },
            { label: 'Address', value: orNotRecorded(client.address) },
            { label: 'Portal language', value: LANGUAGE_LABELS[client.language] ?? client.language },
          ]}
        />
      </Section>
      <Section title="Emergency contact">
        <DataList
          items={[
            { label: 'Name', value: orNotRecorded(client.emergencyContact.name) },
            { label: 'Relationship', value: orNotRecorded(client.emergencyContact.relationship) },
            { label: 'Phone', value: orNotRecorded(client.emergencyContact.phone) },
          ]}
        />
      </Section>
      {hasNotes && (
        <Section title="Clinical notes">
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {client.notes ? (
              client.notes
            ) : (
              <Text span fs="italic">
                No notes yet.
              </Text>
            )}
          </Text>
        </Section>
      )}
      <Section title="Record">
        <DataList
          items={[
            {
              label: 'Created',
              value: <time dateTime={client.createdAt}>{formatDateTime(client.createdAt)}</time>,
            },
            {
              label: 'Last updated',
              value: <time dateTime={client.updatedAt}>{formatDateTime(client.updatedAt)}</time>,
            },
            {
              label: 'Archived',
              value: client.archivedAt ? (
                <time dateTime={client.archivedAt}>{formatDateTime(client.archivedAt)}</time>
              ) : (
                'No'
              ),
            },
            { label: 'Version', value: String(client.version) },
          ]}
        />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
