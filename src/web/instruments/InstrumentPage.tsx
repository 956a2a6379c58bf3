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
import { useT } from '../i18n/i18n.ts';
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
  const { t } = useT('instruments');
  const query = useInstrument(id);

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <NotFoundPage title={t('page.notFound')} message={t('page.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('page.title')} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label={t('page.loading')} />;
  const instrument = query.data;

  return (
    <Stack gap="lg" maw={1040}>
      <div>
        <Anchor component={Link} to="/instruments" size="sm" mb="xs" display="inline-block">
          {t('page.all')}
        </Anchor>
        <PageHeader title={instrument.name}>
          <Text mt={4}>
            {t('page.version', { shortName: instrument.shortName, version: instrument.version })}
          </Text>
        </PageHeader>
        <VerificationKey />
      </div>

      <Section title={t('page.about')}>
        <DataList
          items={[
            { label: t('page.authors'), value: instrument.authors },
            { label: t('page.versionLabel'), value: instrument.version },
            {
              label: t('page.citation'),
              value: (
                <SourcedValue fact={instrument.citation} of={t('page.theCitation')}>
                  {instrument.citation.value}
                </SourcedValue>
              ),
            },
            { label: t('page.languages'), value: instrument.languages.join(', ') },
          ]}
        />
      </Section>

      <Section title={t('page.licenceAndTexts')}>
        <DataList
          items={[
            {
              label: t('page.licence'),
              value: (
                <SourcedValue fact={instrument.licence} of={t('page.theLicence')}>
                  {instrument.licence.value}
                </SourcedValue>
              ),
            },
            {
              label: t('page.textSource'),
              value: (
                <SourcedValue fact={instrument.textSource} of={t('page.theTexts')}>
                  {instrument.textSource.value}
                </SourcedValue>
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('page.administration')}>
        <DataList items={[{ label: t('page.recallPeriod'), value: instrument.recallPeriod }]} />
        <Title order={3} size="h5" mt="md" mb="xs">
          {t('page.instructions')}
        </Title>
        {instrument.instructions ? (
          <Blockquote p="sm" m={0}>
            {instrument.instructions}
          </Blockquote>
        ) : (
          <Text fs="italic">{t('page.noInstructions')}</Text>
        )}
      </Section>

      <Section title={t('page.items', { count: instrument.items.length })}>
        <ItemsTable items={instrument.items} />
      </Section>

      <Section title={t('page.scoring')}>
        <List spacing="xs">
          {instrument.scoringRules.map((rule) => (
            <List.Item key={rule}>{rule}</List.Item>
          ))}
        </List>
        <Title order={3} size="h5" mt="md" mb="xs">
          {t('page.unanswered')}
        </Title>
        <Text>{instrument.missingRule}</Text>
        <Text mt="sm">
          {t('page.totalRange', { min: instrument.totalRange.min, max: instrument.totalRange.max })}
        </Text>
      </Section>

      <Section title={t('page.bands')}>
        {instrument.bands ? (
          <>
            <Table withTableBorder maw={480} aria-label={t('page.bands')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('page.total')}</Table.Th>
                  <Table.Th scope="col">{t('page.severity')}</Table.Th>
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
              of={t('page.theBands')}
            />
          </>
        ) : (
          <Text>{t('page.noBands')}</Text>
        )}
      </Section>

      <Section title={t('page.change')}>
        <ChangeCriteria change={instrument.change} />
      </Section>

      <Section title={t('page.safety')}>
        {instrument.safety.length ? (
          <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {instrument.safety.map((rule) => (
              <li key={rule.flag}>
                <FlagBadge id={rule.flag} />
                <Text mt={4}>{rule.description}</Text>
                <Provenance
                  status={rule.status}
                  source={rule.source}
                  of={t('page.theRule', { flag: rule.flag })}
                />
              </li>
            ))}
          </Stack>
        ) : (
          <Text>{t('page.noSafety')}</Text>
        )}
      </Section>

      <Section title={t('page.translationsTitle')}>
        <TranslationRecords instrument={instrument} />
      </Section>

      <Section title={t('page.loinc')}>
        <LoincCodes instrument={instrument} />
      </Section>

      <Section title={t('page.tryIt')} id="try-it-heading">
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
