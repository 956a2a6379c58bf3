/** Every field of a client record, read-only. Notes appear only when the server sent them. */
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Client } from '../../api/clients.ts';
import { useT } from '../i18n/i18n.ts';
import { DataList, orNotRecorded } from '../ui/DataList.tsx';
import { ageFrom, formatDate, formatDateTime } from '../ui/format.ts';
import { SEX_AT_BIRTH_LABELS } from '../ui/labels.ts';
import { type ClientField, FIELD_LABELS, LANGUAGE_LABELS } from './draft.ts';

/** A phone number as a link that dials it (the clinician on duty calls from a phone). */
function phoneValue(phone: string | null | undefined): ReactNode {
  if (!phone?.trim()) return orNotRecorded(phone);
  return <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Anchor>;
}

export function ClientDetails({ client }: { client: Client }) {
  const age = ageFrom(client.dateOfBirth);
  const { t } = useT('clients');
  const f = (key: ClientField) => FIELD_LABELS[key];
  const hasNotes = 'notes' in client && client.notes !== undefined;
  return (
    <Stack gap="lg">
      <Section title={t('record.identity')}>
        <DataList
          items={[
            { label: f('givenName'), value: client.givenName },
            { label: f('familyName'), value: client.familyName },
            { label: f('preferredName'), value: orNotRecorded(client.preferredName) },
            {
              label: f('dateOfBirth'),
              value: (
                <>
                  <time dateTime={client.dateOfBirth}>{formatDate(client.dateOfBirth)}</time>
                  {age !== null && t('record.age', { age })}
                </>
              ),
            },
            { label: f('sexAtBirth'), value: SEX_AT_BIRTH_LABELS[client.sexAtBirth] ?? client.sexAtBirth },
            { label: f('gender'), value: orNotRecorded(client.gender) },
          ]}
        />
      </Section>
      <Section title={t('record.contact')}>
        <DataList
          items={[
            { label: f('email'), value: orNotRecorded(client.email) },
            { label: f('phone'), value: phoneValue(client.phone) },
            { label: f('address'), value: orNotRecorded(client.address) },
            { label: f('language'), value: LANGUAGE_LABELS[client.language] ?? client.language },
          ]}
        />
      </Section>
      <Section title={t('record.emergency')}>
        <DataList
          items={[
            { label: t('record.name'), value: orNotRecorded(client.emergencyContact.name) },
            { label: t('record.relationship'), value: orNotRecorded(client.emergencyContact.relationship) },
            { label: f('phone'), value: phoneValue(client.emergencyContact.phone) },
          ]}
        />
      </Section>
      {hasNotes && (
        <Section title={t('record.clinicalNotes')}>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {client.notes ? (
              client.notes
            ) : (
              <Text span fs="italic">
                {t('record.noNotes')}
              </Text>
            )}
          </Text>
        </Section>
      )}
      <Section title={t('record.record')}>
        <DataList
          items={[
            {
              label: t('record.created'),
              value: <time dateTime={client.createdAt}>{formatDateTime(client.createdAt)}</time>,
            },
            {
              label: t('record.lastUpdated'),
              value: <time dateTime={client.updatedAt}>{formatDateTime(client.updatedAt)}</time>,
            },
            {
              label: t('record.archived'),
              value: client.archivedAt ? (
                <time dateTime={client.archivedAt}>{formatDateTime(client.archivedAt)}</time>
              ) : (
                t('common:no')
              ),
            },
            { label: t('record.version'), value: String(client.version) },
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
