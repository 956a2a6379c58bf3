/**
 * How far a fact was checked, and where it comes from. Every sourced fact on the instruments pages
 * shows both: a badge with the status in words (unverified in orange, with a warning mark and a
 * border, so it never relies on colour alone) and the source behind a native "Source" disclosure.
 */
import { Badge, Box, Group, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { VerificationStatus } from '../../domain/instruments/types.ts';
import { useT } from '../i18n/i18n.ts';
import { VERIFICATION_DESCRIPTIONS, VERIFICATION_LABELS } from '../ui/labels.ts';
import { VERIFICATION_STATUSES } from './statuses.ts';

const COLORS: Record<VerificationStatus, string> = {
  confirmed: 'teal',
  secondary: 'blue',
  unverified: 'orange',
};

const MARKS: Record<VerificationStatus, string> = {
  confirmed: '✓',
  secondary: '≈',
  unverified: '!',
};

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useT('instruments');
  const unverified = status === 'unverified';
  return (
    <Badge
      color={COLORS[status]}
      variant="light"
      tt="none"
      size="md"
      leftSection={<span aria-hidden="true">{MARKS[status]}</span>}
      // Relative: keeps the visually hidden prefix inside scrolling tables (it is absolutely positioned).
      styles={{
        root: { maxWidth: 'none', flexShrink: 0, position: 'relative' },
        label: { overflow: 'visible' },
      }}
      style={
        unverified
          ? { border: '1px solid var(--mantine-color-orange-9)', fontWeight: 700 }
          : { border: '1px solid transparent' }
      }
    >
      <VisuallyHidden>{t('verificationPrefix')}</VisuallyHidden>
      {VERIFICATION_LABELS[status]}
    </Badge>
  );
}

interface ProvenanceProps {
  status: VerificationStatus;
  source: string;
  /** What the fact is, for screen readers: "Source of the citation". */
  of: string;
}

/** The badge and an expandable "Source" (a native disclosure: keyboard and screen-reader friendly). */
export function Provenance({ status, source, of }: ProvenanceProps) {
  const { t } = useT('instruments');
  return (
    <Group gap="xs" align="flex-start" wrap="wrap" mt={4}>
      <VerificationBadge status={status} />
      <Box component="details" className="threshold-source" style={{ flex: '1 1 12rem', minWidth: 0 }}>
        <Text component="summary" size="sm" fw={600}>
          {t('source')}
          <VisuallyHidden>{t('sourceOf', { of })}</VisuallyHidden>
        </Text>
        <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {source}
        </Text>
      </Box>
    </Group>
  );
}

/** A fact's value followed by its provenance. */
export function SourcedValue({
  children,
  fact,
  of,
}: {
  children: ReactNode;
  fact: { status: VerificationStatus; source: string };
  of: string;
}) {
  return (
    <>
      <Box component="span" display="block">
        {children}
      </Box>
      <Provenance status={fact.status} source={fact.source} of={of} />
    </>
  );
}

/** What the three badges mean, shown once per page. */
export function VerificationKey() {
  useT('instruments');
  return (
    <Box component="dl" m={0} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)' }}>
      {VERIFICATION_STATUSES.map((status) => (
        <Box key={status} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <Box component="dt">
            <VerificationBadge status={status} />
          </Box>
          <Text component="dd" size="sm" m={0}>
            {VERIFICATION_DESCRIPTIONS[status]}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
