/**
 * One study as the library holds it: cautions first, then the citation and its links, what was
 * done to whom, the outcomes as reported, our key findings, and the wrong citations that circulate
 * for it with their correction — every fact with its verification badge and source.
 */
import { Alert, Anchor, Blockquote, Box, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Fact } from '../../domain/evidence/types.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { type DataItem, DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type StudyDetail, type StudyRecord, useStudy } from './api.ts';
import { designLabel, FACT_STATUS_LABELS } from './labels.ts';
import { OutcomesTable } from './OutcomesTable.tsx';
import { FactProvenance, FactStatusKey, FactValue } from './Provenance.tsx';
import { Section } from './Section.tsx';
import { StudyCitation } from './StudyCitation.tsx';

const NotRecorded = () => (
  <Text span fs="italic">
    {tKey('evidence:study.notRecorded')}
  </Text>
);

/** A fact as a label/value pair; a fact whose value is withheld (null) says so. */
function factItem<T>(label: string, fact: Fact<T | null> | null, render: (v: T) => ReactNode): DataItem {
  if (!fact) return { label, value: <NotRecorded /> };
  return {
    label,
    value: (
      <FactValue fact={fact} of={label.toLowerCase()}>
        {fact.value === null ? (
          <Text span fs="italic">
            {tKey('evidence:study.notShown')}
          </Text>
        ) : (
          render(fact.value)
        )}
      </FactValue>
    ),
  };
}

function sampleText(n: NonNullable<StudyRecord['n']>['value']): string {
  const counts = [
    n.started !== undefined && tKey('evidence:study.started', { n: n.started }),
    n.randomised !== undefined && tKey('evidence:study.randomised', { n: n.randomised }),
    n.analysed !== undefined && tKey('evidence:study.analysed', { n: n.analysed }),
  ].filter(Boolean);
  return [counts.join(', '), n.text].filter(Boolean).join('\n');
}

function statusSummary(counts: StudyDetail['statusCounts']): string {
  return (Object.entries(counts) as [keyof typeof counts, number][])
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${FACT_STATUS_LABELS[status].toLowerCase()}`)
    .join(', ');
}

/** Provenance inside a tinted alert, on white so its link-coloured "Source" keeps its contrast. */
const OnWhite = ({ children }: { children: ReactNode }) => (
  <Box bg="white" px="xs" pb={6} pt={2} mt={6} style={{ borderRadius: 4 }}>
    {children}
  </Box>
);

export function StudyPage() {
  const { id = '' } = useParams();
  const { t } = useT('evidence');
  const query = useStudy(id);

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <NotFoundPage title={t('study.notFound')} message={t('study.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('study.title')} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label={t('study.loading')} />;
  const { record: r, statusCounts, source } = query.data;
  const c = r.citation.value;
  const iv = r.intervention;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Anchor component={Link} to="/evidence" size="sm" mb="xs" display="inline-block">
          {t('backToLibrary')}
        </Anchor>
        <PageHeader title={c.title ?? r.label}>
          {c.title && r.label && r.label !== c.title && <Text mt={4}>{r.label}</Text>}
          <Text size="sm" mt={4}>
            {t('study.facts', { summary: statusSummary(statusCounts) })}
          </Text>
        </PageHeader>
        <FactStatusKey />
      </div>

      {source === 'imported' && (
        <Alert color="orange" title={t('study.imported')} role="note">
          {t('study.importedBody')}
        </Alert>
      )}
      {r.doNotUsePooledEstimate && (
        <Alert color="red" title={t('study.doNotPool')} role="note">
          {r.doNotUsePooledEstimate.note && <Text size="sm">{r.doNotUsePooledEstimate.note}.</Text>}
          <OnWhite>
            <FactProvenance
              fact={{ ...r.doNotUsePooledEstimate, note: undefined }}
              of={t('study.thisWarning')}
            />
          </OnWhite>
        </Alert>
      )}
      {r.cautions.length > 0 && (
        <section aria-label={t('study.cautions')}>
          <Stack gap="sm">
            {r.cautions.map((caution) => (
              <Alert
                key={caution.id}
                color="orange"
                variant="light"
                title={t('study.caution')}
                role="note"
                icon={<span aria-hidden="true">⚠</span>}
                styles={{ root: { borderLeft: '4px solid var(--mantine-color-orange-8)' } }}
              >
                <Text size="sm">{caution.text}</Text>
                <OnWhite>
                  <FactProvenance fact={caution} of={t('study.thisCaution')} />
                </OnWhite>
              </Alert>
            ))}
          </Stack>
        </section>
      )}

      <Section title={t('study.citation')} id="study-citation">
        <StudyCitation record={r} />
      </Section>

      <Section title={t('study.title')} id="study-design">
        <DataList
          items={[
            factItem(t('study.design'), r.design, (d) => `${designLabel(d.kind)}: ${d.text}`),
            factItem(t('study.setting'), r.setting, (v) => v),
            factItem(t('study.population'), r.population, (v) => v),
            factItem(t('study.conditions'), r.conditions, (v) =>
              v.length ? v.join(', ') : t('study.noneNamed'),
            ),
            factItem(t('study.sampleSize'), r.n, sampleText),
            factItem(t('study.comparator'), r.comparator, (v) => v),
            factItem(t('study.followUp'), r.followUp, (v) => v),
            factItem(t('study.measures'), r.measures, (v) =>
              v.length ? v.join(', ') : t('study.noneNamed'),
            ),
          ]}
        />
      </Section>

      <Section title={t('study.intervention')} id="study-intervention">
        {iv ? (
          <DataList
            items={[
              factItem(t('study.drug'), iv.drug, (v) => v),
              factItem(t('study.route'), iv.route, (v) => v.join(', ')),
              factItem(t('study.dose'), iv.dose, (v) => v),
              factItem(t('study.sessions'), iv.sessions, (v) => v),
              factItem(t('study.psychotherapy'), iv.psychotherapy, (v) => v),
            ]}
          />
        ) : (
          <Text>{t('study.notRecordedSentence')}</Text>
        )}
      </Section>

      <Section title={t('study.outcomes')} id="study-outcomes">
        {r.outcomes.length ? <OutcomesTable outcomes={r.outcomes} /> : <Text>{t('study.noOutcomes')}</Text>}
      </Section>

      <Section title={t('study.keyFindings')} id="study-findings">
        {r.keyFindings.length ? (
          <Stack component="ul" gap="md" m={0} pl="md">
            {r.keyFindings.map((k, i) => (
              <li key={k.value}>
                <FactValue fact={k} of={t('study.keyFinding', { n: i + 1 })}>
                  {k.value}
                </FactValue>
              </li>
            ))}
          </Stack>
        ) : (
          <Text>{t('study.noFindings')}</Text>
        )}
      </Section>

      {r.circulatedCitations.length > 0 && (
        <Section title={t('study.circulatedAs')} id="study-circulated">
          <Stack gap="lg">
            <Text size="sm">{t('study.circulatedIntro')}</Text>
            {r.circulatedCitations.map((x, i) => (
              <div key={x.text}>
                <Text size="sm" fw={600}>
                  {t('study.asItCirculates')}
                </Text>
                <Blockquote p="sm" m={0} mt={4} color="gray" style={{ overflowWrap: 'anywhere' }}>
                  {x.text}
                </Blockquote>
                <Text size="sm" fw={600} mt="sm">
                  {t('study.correction')}
                </Text>
                <Text style={{ overflowWrap: 'anywhere' }}>{x.correction}</Text>
                <FactProvenance fact={x} of={t('study.circulatedCitation', { n: i + 1 })} />
              </div>
            ))}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
