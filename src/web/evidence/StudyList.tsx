/**
 * Search results: one card per study with a checkbox for export, its title (a link to the study),
 * first author and year, journal, design, N, drug, conditions, and badges for a corrected citation,
 * cautions and a pooled estimate not to use. When the search matched a wrong circulated citation,
 * the card shows that citation and its correction.
 */
import { Anchor, Badge, Box, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import type { StudySummary } from './api.ts';
import { designLabel } from './labels.ts';

export const isCorrected = (s: StudySummary): boolean =>
  s.citationStatus === 'corrected' || s.corrections.length > 0;

const studyTitle = (s: StudySummary): string => s.title ?? s.label;

interface Props {
  items: readonly StudySummary[];
  selected: ReadonlySet<string>;
  onToggle: (study: StudySummary, selected: boolean) => void;
}

export function StudyList({ items, selected, onToggle }: Props) {
  const { t } = useT('evidence');
  const format = useFormat();
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('list.found')}>
      {items.map((s) => (
        <Paper component="li" withBorder p={{ base: 'sm', sm: 'md' }} key={s.id}>
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <Checkbox
              mt={4}
              aria-label={t('list.select', { citation: s.citation })}
              checked={selected.has(s.id)}
              onChange={(e) => onToggle(s, e.currentTarget.checked)}
            />
            <Box style={{ minWidth: 0, flex: 1 }}>
              <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={`/evidence/${encodeURIComponent(s.id)}`}>
                  {studyTitle(s)}
                </Anchor>
              </Title>
              <Text size="sm" mt={2}>
                <strong>{s.citation}</strong>
                {s.journal && <> · {s.journal}</>}
                {s.design && <> · {designLabel(s.design)}</>}
                {s.n && (
                  <>
                    {' '}
                    · N = {format.number(s.n.value)}
                    {s.n.status === 'unverified' && t('list.unverified')}
                  </>
                )}
                {s.drug && (
                  <>
                    {' '}
                    · {s.drug}
                    {s.routes.length > 0 && ` (${s.routes.join(', ')})`}
                  </>
                )}
              </Text>
              {s.conditions.length > 0 && (
                <Text size="sm" mt={2}>
                  {t('list.conditions', { conditions: s.conditions.join(', ') })}
                </Text>
              )}
              {s.title && s.label && s.label !== s.title && (
                <Text size="sm" mt={2} c="dimmed">
                  {s.label}
                </Text>
              )}
              <StudyBadges study={s} />
              {s.matchedIn.includes('circulatedCitations') && <Corrections study={s} />}
            </Box>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function StudyBadges({ study: s }: { study: StudySummary }) {
  const { t } = useT('evidence');
  const badges = [
    isCorrected(s) && (
      <Badge
        key="corrected"
        color="violet"
        variant="light"
        tt="none"
        leftSection={<span aria-hidden="true">✎</span>}
      >
        {t('list.corrected')}
      </Badge>
    ),
    s.cautions.length > 0 && (
      <Badge
        key="cautions"
        color="orange"
        variant="light"
        tt="none"
        leftSection={<span aria-hidden="true">!</span>}
      >
        {t('list.cautions', { count: s.cautions.length })}
      </Badge>
    ),
    s.doNotUsePooledEstimate && (
      <Badge key="pooled" color="red" variant="light" tt="none">
        {t('list.doNotPool')}
      </Badge>
    ),
    s.source !== 'builtin' && (
      <Badge key="source" color="gray" variant="light" tt="none">
        {s.source === 'imported' ? t('list.imported') : t('list.curated')}
      </Badge>
    ),
  ].filter(Boolean);
  return badges.length ? (
    <Group gap={6} mt={6}>
      {badges}
    </Group>
  ) : null;
}

/** The wrong citations the search matched, each with what is right. */
function Corrections({ study }: { study: StudySummary }) {
  const { t } = useT('evidence');
  return (
    <Box
      mt="sm"
      p="sm"
      bg="violet.0"
      style={{ borderRadius: 4, borderLeft: '3px solid var(--mantine-color-violet-7)' }}
    >
      {study.corrections.map((c) => (
        <div key={c.circulated}>
          <Text size="sm" fw={600}>
            {t('list.matchedWrong')}
          </Text>
          <Text size="sm" fs="italic" mt={2} style={{ overflowWrap: 'anywhere' }}>
            {c.circulated}
          </Text>
          <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
            <strong>{t('list.correction')}</strong> {c.correction}
          </Text>
        </div>
      ))}
    </Box>
  );
}
