/**
 * One questionnaire as the registry holds it: provenance, administration, items, scoring, bands,
 * change criteria, safety rules and LOINC codes, every sourced fact with its verification status and
 * source, and a "Try it" form that scores without storing.
 */
import { Anchor, Blockquote, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { ApiError } from '../http/problem.ts';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useInstrument } from './api.ts';
import { ChangeCriteria } from './ChangeCriteria.tsx';
import { FlagBadge } from './Flags.tsx';
import { ItemsTable } from './ItemsTable.tsx';
import { LoincCodes } from './LoincCodes.tsx';
import { Provenance, SourcedValue, VerificationKey } from './Provenance.tsx';
import { TranslationRecords } from './TranslationRecords.tsx';
import { TryItForm } from './TryItForm.tsx';

export function InstrumentPage() {
  const { id = '' } = useParams();
  const query = useInstrument(id);

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <NotFoundPage
          title="Instrument not found"
          message="Threshold has no questionnaire with this address."
        />
      );
    }
    return (
      <>
        <PageHeader title="Instrument" />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label="Loading instrument" />;
  const instrument = query.data;

  return (
    <Stack gap="lg" maw={1040}>
      <div>
        <Anchor component={Link} to="/instruments" size="sm" mb="xs" display="inline-block">
          ← All instruments
        </Anchor>
        <PageHeader title={instrument.name}>
          <Text mt={4}>
            {instrument.shortName} · version {instrument.version}
          </Text>
        </PageHeader>
        <VerificationKey />
      </div>

      <Section title="About">
        <DataList
          items={[
            { label: 'Authors', value: instrument.authors },
            { label: 'Version', value: instrument.version },
            {
              label: 'Citation',
              value: (
                <SourcedValue fact={instrument.citation} of="the citation">
                  {instrument.citation.value}
                </SourcedValue>
              ),
            },
            { label: 'Languages', value: instrument.languages.join(', ') },
          ]}
        />
      </Section>

      <Section title="Licence and item texts">
        <DataList
          items={[
            {
              label: 'Licence',
              value: (
                <SourcedValue fact={instrument.licence} of="the licence">
                  {instrument.licence.value}
                </SourcedValue>
              ),
            },
            {
              label: 'Where the item texts come from',
              value: (
                <SourcedValue fact={instrument.textSource} of="the item texts">
                  {instrument.textSource.value}
                </SourcedValue>
              ),
            },
          ]}
        />
      </Section>

      <Section title="Administration">
        <DataList items={[{ label: 'Recall period', value: instrument.recallPeriod }]} />
        <Title order={3} size="h5" mt="md" mb="xs">
          Instructions
        </Title>
        {instrument.instructions ? (
          <Blockquote p="sm" m={0}>
            {instrument.instructions}
          </Blockquote>
        ) : (
          <Text fs="italic">The form prints no instructions.</Text>
        )}
      </Section>

      <Section title={`Items (${instrument.items.length})`}>
        <ItemsTable items={instrument.items} />
      </Section>

      <Section title="Scoring">
        <List spacing="xs">
          {instrument.scoringRules.map((rule) => (
            <List.Item key={rule}>{rule}</List.Item>
          ))}
        </List>
        <Title order={3} size="h5" mt="md" mb="xs">
          Unanswered items
        </Title>
        <Text>{instrument.missingRule}</Text>
        <Text mt="sm">
          Total range: {instrument.totalRange.min}–{instrument.totalRange.max}
        </Text>
      </Section>

      <Section title="Severity bands">
        {instrument.bands ? (
          <>
            <Table withTableBorder maw={480} aria-label="Severity bands">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Total</Table.Th>
                  <Table.Th scope="col">Severity</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {instrument.bands.value.map((b) => (
                  <Table.Tr key={b.label}>
                    <Table.Td>
                      {b.min}–{b.max}
                    </Table.Td>
                    <Table.Td>{b.label}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Provenance
              status={instrument.bands.status}
              source={instrument.bands.source}
              of="the severity bands"
            />
          </>
        ) : (
          <Text>This questionnaire has no severity bands: the total is reported without a label.</Text>
        )}
      </Section>

      <Section title="Change criteria">
        <ChangeCriteria change={instrument.change} />
      </Section>

      <Section title="Safety rules">
        {instrument.safety.length ? (
          <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {instrument.safety.map((rule) => (
              <li key={rule.flag}>
                <FlagBadge id={rule.flag} />
                <Text mt={4}>{rule.description}</Text>
                <Provenance status={rule.status} source={rule.source} of={`the ${rule.flag} rule`} />
              </li>
            ))}
          </Stack>
        ) : (
          <Text>This questionnaire raises no safety flags.</Text>
        )}
      </Section>

      <Section title="Translations">
        <TranslationRecords instrument={instrument} />
      </Section>

      <Section title="LOINC codes">
        <LoincCodes instrument={instrument} />
      </Section>

      <Section title="Try it" id="try-it-heading">
        <TryItForm instrument={instrument} />
      </Section>
    </Stack>
  );
}

function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
