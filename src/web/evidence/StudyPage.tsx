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

const notRecorded = (
  <Text span fs="italic">
    Not recorded
  </Text>
);

/** A fact as a label/value pair; a fact whose value is withheld (null) says so. */
function factItem<T>(label: string, fact: Fact<T | null> | null, render: (v: T) => ReactNode): DataItem {
  if (!fact) return { label, value: notRecorded };
  return {
    label,
    value: (
      <FactValue fact={fact} of={label.toLowerCase()}>
        {fact.value === null ? (
          <Text span fs="italic">
            Not shown: not confirmed
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
    n.started !== undefined && `${n.started} started`,
    n.randomised !== undefined && `${n.randomised} randomised`,
    n.analysed !== undefined && `${n.analysed} analysed`,
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
  const query = useStudy(id);

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <NotFoundPage
          title="Study not found"
          message="The evidence library has no study with this address."
        />
      );
    }
    return (
      <>
        <PageHeader title="Study" />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label="Loading study" />;
  const { record: r, statusCounts, source } = query.data;
  const c = r.citation.value;
  const iv = r.intervention;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Anchor component={Link} to="/evidence" size="sm" mb="xs" display="inline-block">
          ← Evidence library
        </Anchor>
        <PageHeader title={c.title ?? r.label}>
          {c.title && r.label && r.label !== c.title && <Text mt={4}>{r.label}</Text>}
          <Text size="sm" mt={4}>
            Facts in this record: {statusSummary(statusCounts)}.
          </Text>
        </PageHeader>
        <FactStatusKey />
      </div>

      {source === 'imported' && (
        <Alert color="orange" title="Imported metadata" role="note">
          This study came from an imported citation file: every fact is unverified until a curator checks it.
        </Alert>
      )}
      {r.doNotUsePooledEstimate && (
        <Alert color="red" title="Do not use this study’s pooled estimate" role="note">
          {r.doNotUsePooledEstimate.note && <Text size="sm">{r.doNotUsePooledEstimate.note}.</Text>}
          <OnWhite>
            <FactProvenance fact={{ ...r.doNotUsePooledEstimate, note: undefined }} of="this warning" />
          </OnWhite>
        </Alert>
      )}
      {r.cautions.length > 0 && (
        <section aria-label="Cautions">
          <Stack gap="sm">
            {r.cautions.map((caution) => (
              <Alert
                key={caution.id}
                color="orange"
                variant="light"
                title="Caution"
                role="note"
                icon={<span aria-hidden="true">⚠</span>}
                styles={{ root: { borderLeft: '4px solid var(--mantine-color-orange-8)' } }}
              >
                <Text size="sm">{caution.text}</Text>
                <OnWhite>
                  <FactProvenance fact={caution} of="this caution" />
                </OnWhite>
              </Alert>
            ))}
          </Stack>
        </section>
      )}

      <Section title="Citation" id="study-citation">
        <StudyCitation record={r} />
      </Section>

      <Section title="Study" id="study-design">
        <DataList
          items={[
            factItem('Design', r.design, (d) => `${designLabel(d.kind)}: ${d.text}`),
            factItem('Setting', r.setting, (v) => v),
            factItem('Population', r.population, (v) => v),
            factItem('Conditions', r.conditions, (v) => (v.length ? v.join(', ') : 'None named')),
            factItem('Sample size (N)', r.n, sampleText),
            factItem('Comparator', r.comparator, (v) => v),
            factItem('Follow-up', r.followUp, (v) => v),
            factItem('Measures', r.measures, (v) => (v.length ? v.join(', ') : 'None named')),
          ]}
        />
      </Section>

      <Section title="Intervention" id="study-intervention">
        {iv ? (
          <DataList
            items={[
              factItem('Drug', iv.drug, (v) => v),
              factItem('Route', iv.route, (v) => v.join(', ')),
              factItem('Dose', iv.dose, (v) => v),
              factItem('Sessions', iv.sessions, (v) => v),
              factItem('Psychotherapy', iv.psychotherapy, (v) => v),
            ]}
          />
        ) : (
          <Text>Not recorded.</Text>
        )}
      </Section>

      <Section title="Outcomes" id="study-outcomes">
        {r.outcomes.length ? (
          <OutcomesTable outcomes={r.outcomes} />
        ) : (
          <Text>No outcome numbers are recorded for this study.</Text>
        )}
      </Section>

      <Section title="Key findings" id="study-findings">
        {r.keyFindings.length ? (
          <Stack component="ul" gap="md" m={0} pl="md">
            {r.keyFindings.map((k, i) => (
              <li key={k.value}>
                <FactValue fact={k} of={`key finding ${i + 1}`}>
                  {k.value}
                </FactValue>
              </li>
            ))}
          </Stack>
        ) : (
          <Text>No key findings are recorded for this study.</Text>
        )}
      </Section>

      {r.circulatedCitations.length > 0 && (
        <Section title="Circulated as" id="study-circulated">
          <Stack gap="lg">
            <Text size="sm">
              This study is cited wrongly in circulation. Each citation below is shown as it circulates, with
              what is right.
            </Text>
            {r.circulatedCitations.map((x, i) => (
              <div key={x.text}>
                <Text size="sm" fw={600}>
                  As it circulates
                </Text>
                <Blockquote p="sm" m={0} mt={4} color="gray" style={{ overflowWrap: 'anywhere' }}>
                  {x.text}
                </Blockquote>
                <Text size="sm" fw={600} mt="sm">
                  Correction
                </Text>
                <Text style={{ overflowWrap: 'anywhere' }}>{x.correction}</Text>
                <FactProvenance fact={x} of={`circulated citation ${i + 1}`} />
              </div>
            ))}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
