/**
 * Verification badges and sources for the evidence pages. The instruments' badges cover confirmed,
 * secondary and unverified; a study's facts can also be "corrected" (checked, and correcting how the
 * citation or finding circulates). A corrected fact shows what was corrected in words; any other
 * note sits with the source behind the same native "Source" disclosure the instruments use.
 */
import { Badge, Box, Group, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { FACT_STATUSES, type FactStatus } from '../../domain/evidence/types.ts';
import { useT } from '../i18n/i18n.ts';
import { VerificationBadge } from '../instruments/Provenance.tsx';
import { FACT_STATUS_DESCRIPTIONS, FACT_STATUS_LABELS } from './labels.ts';

export function FactBadge({ status }: { status: FactStatus }) {
  const { t } = useT('evidence');
  if (status !== 'corrected') return <VerificationBadge status={status} />;
  return (
    <Badge
      color="violet"
      variant="light"
      tt="none"
      size="md"
      leftSection={<span aria-hidden="true">✎</span>}
      styles={{
        root: { maxWidth: 'none', flexShrink: 0, position: 'relative', border: '1px solid transparent' },
        label: { overflow: 'visible' },
      }}
    >
      <VisuallyHidden>{t('provenance.verification')}</VisuallyHidden>
      {FACT_STATUS_LABELS.corrected}
    </Badge>
  );
}

export interface FactLike {
  status: FactStatus;
  source: string;
  note?: string | undefined;
}

/** The badge, a corrected fact's correction, and the source (with any other note) behind "Source". */
export function FactProvenance({ fact, of }: { fact: FactLike; of: string }) {
  const { t } = useT('evidence');
  const correction = fact.status === 'corrected' ? fact.note : undefined;
  const note = fact.status === 'corrected' ? undefined : fact.note;
  return (
    <>
      {correction && (
        <Text size="sm" mt={4} c="violet.9">
          <strong>{t('provenance.correction')}</strong> {correction}
        </Text>
      )}
      <Group gap="xs" align="flex-start" wrap="wrap" mt={4}>
        <FactBadge status={fact.status} />
        <Box component="details" className="threshold-source" style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Text component="summary" size="sm" fw={600}>
            {t('provenance.source')}
            <VisuallyHidden>{t('provenance.sourceOf', { of })}</VisuallyHidden>
          </Text>
          <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {fact.source}
          </Text>
          {note && (
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {t('provenance.note', { note })}
            </Text>
          )}
        </Box>
      </Group>
    </>
  );
}

/** A fact's value followed by its provenance. */
export function FactValue({ children, fact, of }: { children: ReactNode; fact: FactLike; of: string }) {
  return (
    <>
      <Box component="span" display="block">
        {children}
      </Box>
      <FactProvenance fact={fact} of={of} />
    </>
  );
}

/** What the four badges mean, shown once per page. */
export function FactStatusKey() {
  useT('evidence');
  return (
    <Box component="dl" m={0} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)' }}>
      {FACT_STATUSES.map((status) => (
        <Box key={status} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <Box component="dt">
            <FactBadge status={status} />
          </Box>
          <Text component="dd" size="sm" m={0}>
            {FACT_STATUS_DESCRIPTIONS[status]}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
