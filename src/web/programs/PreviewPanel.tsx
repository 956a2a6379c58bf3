/**
 * The generated calendar before anything is saved: the draft as it is now, a start date (and an
 * arm), and the server's plan — every session with its local date and time, every questionnaire
 * with its due date and window. Nothing is stored.
 */
import { Alert, Box, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { InstrumentSummary } from '../../api/instruments.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import { PHASES } from '../../domain/programs/types.ts';
import { SessionRows } from '../calendar/SessionRows.tsx';
import { formatDay, formatDayTime, todayIn, useOrgTimezone } from '../calendar/time.ts';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { type Preview, usePreview } from './api.ts';
import type { ProgramDraft } from './draft.ts';
import { describeDay, PHASE_COLORS, PHASE_LABELS } from './labels.ts';

interface Props {
  draft: ProgramDraft;
  /** Builds the draft; null when it has errors (the builder shows them). */
  build: () => ProgramDefinition | null;
  /** Shows the errors of a failed preview on the draft's inputs. */
  onError: (error: unknown) => void;
  signature: string;
  instruments: InstrumentSummary[];
}

export function PreviewPanel({ draft, build, onError, signature, instruments }: Props) {
  const { t } = useT('programs');
  const { timezone } = useOrgTimezone();
  const [startDate, setStartDate] = useState(() => todayIn(timezone));
  const [arm, setArm] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const preview = usePreview();
  const [shown, setShown] = useState<{
    data: Preview;
    signature: string;
    startDate: string;
    arm: string;
  } | null>(null);
  const [blocked, setBlocked] = useState(false);
  const armOptions = draft.arms.filter((a) => a.name.trim());

  const show = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) {
      setDateError(t('preview.enterDate'));
      return;
    }
    setDateError(null);
    const definition = build();
    if (!definition) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    const armKey = arm ? definition.arms[draft.arms.findIndex((a) => String(a.uid) === arm)]?.key : undefined;
    preview.mutate(
      { definition, startDate, ...(armKey ? { arm: armKey } : {}) },
      {
        onSuccess: (data) => setShown({ data, signature, startDate, arm }),
        onError,
      },
    );
  };

  const stale =
    shown !== null && (shown.signature !== signature || shown.startDate !== startDate || shown.arm !== arm);
  const name = (id: string) => instruments.find((i) => i.id === id)?.shortName ?? id;

  return (
    <Section title={t('preview.title')} id="program-preview">
      <Stack gap="sm">
        <Text size="sm">{t('preview.intro', { zone: timezone })}</Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <DateField
            label={t('preview.startDate')}
            value={startDate}
            onChange={(value) => setStartDate(value)}
            error={dateError}
            style={{ flex: '0 1 200px' }}
          />
          {armOptions.length > 0 && (
            <NativeSelect
              label={t('preview.arm')}
              value={arm}
              onChange={(e) => setArm(e.currentTarget.value)}
              data={[
                { value: '', label: t('preview.everyArm') },
                ...armOptions.map((a) => ({ value: String(a.uid), label: a.name.trim() })),
              ]}
              style={{ flex: '0 1 200px' }}
            />
          )}
          <Button onClick={show} loading={preview.isPending} variant={shown ? 'default' : 'filled'}>
            {shown ? t('preview.update') : t('preview.show')}
          </Button>
        </Group>
        {blocked && (
          <Alert color="red" role="alert" title={t('preview.blockedTitle')}>
            {t('preview.blockedBody')}
          </Alert>
        )}
        {preview.isError && !blocked && <ErrorAlert error={preview.error} title={t('preview.failed')} />}
        {stale && (
          <Alert color="yellow" role="status" title={t('preview.staleTitle')}>
            {t('preview.staleBody')}
          </Alert>
        )}
        {shown && <PreviewResult preview={shown.data} timezone={timezone} name={name} />}
      </Stack>
    </Section>
  );
}

function PreviewResult({
  preview,
  timezone,
  name,
}: {
  preview: Preview;
  timezone: string;
  name: (id: string) => string;
}) {
  const { t } = useT('programs');
  const { sessions, assessments } = preview;
  return (
    <Stack gap="md" aria-live="polite">
      <Text size="sm" fw={600}>
        {t('preview.sessions', { count: sessions.length })}
        {sessions.length > 0 &&
          t('preview.range', {
            from: formatDay(sessions[0]!.startsAt, timezone),
            to: formatDay(sessions[sessions.length - 1]!.startsAt, timezone),
          })}
        {t('preview.questionnaires', { count: assessments.length })}
      </Text>
      {PHASES.map((phase) => {
        const items = sessions.filter((s) => s.phase === phase);
        if (items.length === 0) return null;
        return (
          <div key={phase}>
            <Title order={3} size="h5" mb={4}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  marginRight: 6,
                  borderRadius: 2,
                  background: `var(--mantine-color-${PHASE_COLORS[phase]}-7)`,
                }}
              />
              {PHASE_LABELS[phase]}
            </Title>
            <SessionRows
              label={t('preview.phaseSessions', { phase: PHASE_LABELS[phase] })}
              timezone={timezone}
              rows={items.map((s) => ({
                ...s,
                dosing: s.dosing !== null,
                key: `${s.planKey}-${s.occurrence}`,
                note: describeDay(s.day),
              }))}
            />
          </div>
        );
      })}
      {assessments.length > 0 && (
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('preview.questionnairesTitle')}
          </Title>
          <Box component="ul" aria-label={t('preview.dueDates')} m={0} p={0} style={{ listStyle: 'none' }}>
            {[...assessments]
              .sort((a, b) => (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9'))
              .map((a) => (
                <Box
                  component="li"
                  key={`${a.planKey}-${a.occurrence}`}
                  py={6}
                  style={{
                    borderBottom: '1px solid var(--mantine-color-gray-3)',
                    display: 'flex',
                    flexWrap: 'wrap',
                    columnGap: 'var(--mantine-spacing-md)',
                    alignItems: 'baseline',
                  }}
                >
                  <Text size="sm" fw={600} style={{ flex: '0 0 11rem' }}>
                    {a.dueAt ? (
                      <time dateTime={a.dueAt}>{formatDayTime(a.dueAt, timezone)}</time>
                    ) : (
                      t('preview.noDate')
                    )}
                  </Text>
                  <Text size="sm" style={{ flex: '1 1 12rem' }}>
                    <strong>{name(a.instrumentId)}</strong> — {a.label}
                    {a.occurrence > 1 ? ` (${a.occurrence})` : ''}
                  </Text>
                  <Text size="xs" style={{ flex: '0 1 16rem' }}>
                    {a.windowOpensAt && a.windowClosesAt
                      ? t('preview.open', {
                          from: formatDay(a.windowOpensAt, timezone),
                          to: formatDay(a.windowClosesAt, timezone),
                        })
                      : t('preview.noAnchor')}
                  </Text>
                </Box>
              ))}
          </Box>
        </div>
      )}
    </Stack>
  );
}
