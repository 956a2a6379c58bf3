/**
 * The latest screening of an enrollment: what it found (hard stops in red, saying they block
 * dosing; cautions; open items), medications, intake vital signs, and the clinician's decision.
 */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import type { Screening } from './api.ts';

const vitalsText = (s: Screening): string | null => {
  const v = s.vitals;
  if (!v) return null;
  const parts = [
    v.systolic != null || v.diastolic != null ? `BP ${v.systolic ?? '—'}/${v.diastolic ?? '—'} mmHg` : null,
    v.heartRate != null ? `heart rate ${v.heartRate}/min` : null,
    v.spo2 != null ? `SpO2 ${v.spo2}%` : null,
    v.weightKg != null ? `weight ${v.weightKg} kg` : null,
    v.heightCm != null ? `height ${v.heightCm} cm` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
};

export function ScreeningSummary({ screening, count }: { screening: Screening; count: number }) {
  const { hardStops, cautions, unanswered } = screening.evaluation;
  const vitals = vitalsText(screening);
  const { timezone } = useOrgTimezone();
  const formatDateTime = (iso: string) => formatDateTimeIn(iso, timezone);
  return (
    <Stack gap={6}>
      <Text size="sm">
        Screened {formatDateTime(screening.recordedAt)}
        {screening.recordedBy ? ` by ${screening.recordedBy.name}` : ''} (checklist version{' '}
        {screening.checklistVersion}){count > 1 ? `; ${count} screenings in all, the latest shown` : ''}.
      </Text>
      {hardStops.length > 0 ? (
        <div>
          <Text size="sm" c="red.9" fw={700}>
            {hardStops.length === 1
              ? 'Hard stop: blocks dosing'
              : `${hardStops.length} hard stops: block dosing`}
          </Text>
          <List size="sm" c="red.9">
            {hardStops.map((i) => (
              <List.Item key={i.id}>
                {i.text}. {i.guidance}
              </List.Item>
            ))}
          </List>
        </div>
      ) : (
        <Text size="sm">No hard stop applies.</Text>
      )}
      {cautions.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {cautions.length === 1 ? 'Caution' : `${cautions.length} cautions`}
          </Text>
          <List size="sm">
            {cautions.map((i) => (
              <List.Item key={i.id}>
                {i.text}. {i.guidance}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {unanswered.length > 0 && (
        <Text size="sm">
          Not answered or unknown ({unanswered.length}): {unanswered.map((i) => i.text).join('; ')}.
        </Text>
      )}
      <Text size="sm">
        Medications:{' '}
        {screening.medications.length
          ? screening.medications
              .map((m) => [m.name, m.dose, m.frequency].filter(Boolean).join(' '))
              .join('; ')
          : 'none listed'}
        .
      </Text>
      {vitals && <Text size="sm">Intake vital signs: {vitals}.</Text>}
      {screening.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          Notes: {screening.notes}
        </Text>
      )}
      {screening.decision ? (
        <Group gap="xs" align="baseline">
          <Badge variant="light" color={screening.decision === 'eligible' ? 'teal' : 'orange'} tt="none">
            {screening.decision === 'eligible' ? 'Decided: eligible' : 'Decided: not eligible'}
          </Badge>
          <Text size="sm">
            {screening.decidedBy ? `${screening.decidedBy.name}, ` : ''}
            {screening.decidedAt ? formatDateTime(screening.decidedAt) : ''}: {screening.rationale}
          </Text>
        </Group>
      ) : (
        <Text size="sm" fw={600}>
          Awaiting the clinician’s eligibility decision.
        </Text>
      )}
    </Stack>
  );
}
