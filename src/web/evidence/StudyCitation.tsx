/**
 * How to cite a study and find it: the reference as the server formats it (APA 7), the citation's
 * verification, DOI, PubMed, PMC and registry links, and other versions of the paper.
 */
import { Anchor, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { type DataItem, DataList } from '../ui/DataList.tsx';
import { type StudyRecord, useFormattedCitation } from './api.ts';
import { FactProvenance, FactValue } from './Provenance.tsx';

const external = (href: string, text: string) => (
  <Anchor href={href} target="_blank" rel="noreferrer noopener" style={{ overflowWrap: 'anywhere' }}>
    {text}
  </Anchor>
);

const doiLink = (doi: string) => external(`https://doi.org/${doi}`, `doi:${doi}`);

/** A trial registration as a link where its registry is known (ClinicalTrials.gov). */
function registration(value: string): ReactNode {
  const nct = /\bNCT\d{8}\b/.exec(value)?.[0];
  return nct ? external(`https://clinicaltrials.gov/study/${nct}`, value) : value;
}

export function StudyCitation({ record }: { record: StudyRecord }) {
  const { t } = useT('evidence');
  const formatted = useFormattedCitation(record.id);
  const identifiers: DataItem[] = [];
  if (record.doi)
    identifiers.push({
      label: 'DOI',
      value: (
        <FactValue fact={record.doi} of={t('cite.theDoi')}>
          {doiLink(record.doi.value)}
        </FactValue>
      ),
    });
  if (record.pmid)
    identifiers.push({
      label: 'PubMed',
      value: (
        <FactValue fact={record.pmid} of={t('cite.thePmid')}>
          {external(
            `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(record.pmid.value)}/`,
            `PMID ${record.pmid.value}`,
          )}
        </FactValue>
      ),
    });
  if (record.pmcid)
    identifiers.push({
      label: 'PubMed Central',
      value: (
        <FactValue fact={record.pmcid} of={t('cite.thePmc')}>
          {external(
            `https://www.ncbi.nlm.nih.gov/pmc/articles/${encodeURIComponent(record.pmcid.value)}/`,
            record.pmcid.value,
          )}
        </FactValue>
      ),
    });
  for (const [i, r] of record.registrations.entries()) {
    identifiers.push({
      label: record.registrations.length > 1 ? t('cite.registrationN', { n: i + 1 }) : t('cite.registration'),
      value: (
        <FactValue fact={r} of={t('cite.registrationOf', { value: r.value })}>
          {registration(r.value)}
        </FactValue>
      ),
    });
  }

  return (
    <Stack gap="md">
      <div>
        <Text style={{ overflowWrap: 'anywhere' }}>
          {formatted.data ??
            (formatted.isError ? (
              <Text span fs="italic">
                {t('cite.notAvailable')}
              </Text>
            ) : (
              t('cite.formatting')
            ))}
        </Text>
        <FactProvenance fact={record.citation} of={t('cite.theCitation')} />
      </div>
      {identifiers.length > 0 && <DataList items={identifiers} />}
      {record.related.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('cite.related')}
          </Text>
          <List spacing="sm">
            {record.related.map((r) => (
              <List.Item key={`${r.value.relation}-${r.value.citation}`}>
                <Text span fw={600}>
                  {r.value.relation.charAt(0).toUpperCase() + r.value.relation.slice(1)}:
                </Text>{' '}
                {r.value.studyId ? (
                  <Anchor component={Link} to={`/evidence/${encodeURIComponent(r.value.studyId)}`}>
                    {r.value.citation}
                  </Anchor>
                ) : (
                  r.value.citation
                )}
                {r.value.doi && <> ({doiLink(r.value.doi)})</>}
                <FactProvenance fact={r} of={`the ${r.value.relation}`} />
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
