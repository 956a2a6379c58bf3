/**
 * The latest screening of an enrollment: what it found (hard stops in red, saying they block
 * dosing; cautions; open items), medications, intake vital signs, and the clinician's decision.
 */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/t-key.ts';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import type { Screening } from './api.ts';
import { itemGuidance, itemText } from './checklist-text.ts';

const part = (key: string, values: Record<string, unknown>) =>
  tKey(`enrollments:screening.vitalParts.${key}`, values);

const vitalsText = (s: Screening): string | null => {
  const v = s.vitals;
  if (!v) return null;
  const parts = [
    v.systolic != null || v.diastolic != null
      ? part('bp', { systolic: v.systolic ?? '—', diastolic: v.diastolic ?? '—' })
      : null,
    v.heartRate != null ? part('heartRate', { value: v.heartRate }) : null,
    v.spo2 != null ? part('spo2', { value: v.spo2 }) : null,
    v.weightKg != null ? part('weight', { value: v.weightKg }) : null,
    v.heightCm != null ? part('height', { value: v.heightCm }) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
};

export function ScreeningSummary({ screening, count }: { screening: Screening; count: number }) {
  const { hardStops, cautions, unanswered } = screening.evaluation;
  const vitals = vitalsText(screening);
  const { timezone } = useOrgTimezone();
  const formatDateTime = (iso: string) => formatDateTimeIn(iso, timezone);
  const { t } = useT('enrollments');
  return (
    <Stack gap={6}>
      <Text size="sm">
        {screening.recordedBy
          ? t('screening.screenedBy', {
              date: formatDateTime(screening.recordedAt),
              name: screening.recordedBy.name,
            })
          : t('screening.screened', { date: formatDateTime(screening.recordedAt) })}
        {t('screening.checklistVersion', { version: screening.checklistVersion })}
        {count > 1 ? t('screening.latestOf', { count }) : ''}.
      </Text>
      {hardStops.length > 0 ? (
        <div>
          <Text size="sm" c="red.9" fw={700}>
            {t('screening.hardStops', { count: hardStops.length })}
          </Text>
          <List size="sm" c="red.9">
            {hardStops.map((i) => (
              <List.Item key={i.id}>
                {itemText(screening.checklistVersion, i)}. {itemGuidance(screening.checklistVersion, i)}
              </List.Item>
            ))}
          </List>
        </div>
      ) : (
        <Text size="sm">{t('screening.noHardStop')}</Text>
      )}
      {cautions.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('screening.cautions', { count: cautions.length })}
          </Text>
          <List size="sm">
            {cautions.map((i) => (
              <List.Item key={i.id}>
                {itemText(screening.checklistVersion, i)}. {itemGuidance(screening.checklistVersion, i)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {unanswered.length > 0 && (
        <Text size="sm">
          {t('screening.unanswered', {
            count: unanswered.length,
            items: unanswered.map((i) => itemText(screening.checklistVersion, i)).join('; '),
          })}
        </Text>
      )}
      <Text size="sm">
        {t('screening.medications', {
          list: screening.medications.length
            ? screening.medications
                .map((m) => [m.name, m.dose, m.frequency].filter(Boolean).join(' '))
                .join('; ')
            : t('screening.noMedications'),
        })}
      </Text>
      {vitals && <Text size="sm">{t('screening.vitals', { vitals })}</Text>}
      {screening.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('screening.notes', { notes: screening.notes })}
        </Text>
      )}
      {screening.decision ? (
        <Group gap="xs" align="baseline">
          <Badge variant="light" color={screening.decision === 'eligible' ? 'teal' : 'orange'} tt="none">
            {screening.decision === 'eligible'
              ? t('screening.decidedEligible')
              : t('screening.decidedIneligible')}
          </Badge>
          <Text size="sm">
            {screening.decidedBy ? `${screening.decidedBy.name}, ` : ''}
            {screening.decidedAt ? formatDateTime(screening.decidedAt) : ''}: {screening.rationale}
          </Text>
        </Group>
      ) : (
        <Text size="sm" fw={600}>
          {t('screening.awaiting')}
        </Text>
      )}
    </Stack>
  );
}
