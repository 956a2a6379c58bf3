/**
 * "Your program beside the evidence": the organization's own estimate, drawn on the forest plot
 * below the pooled one and marked as real-world data, never pooled. Either from Threshold's
 * outcomes (program → questionnaire → timepoint; the server reads the numbers, the panel shows
 * which), for roles that read outcomes, or entered by hand (responders and total; yi and vi for GEN).
 */

import { Alert, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import type { Measure } from '../../domain/meta/types.ts';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { isSuppressed, shown, type TimepointStats, useOutcomes, withheld } from '../outcomes/api.ts';
import { usePrograms } from '../programs/api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { num } from './format.ts';
import {
  enteredCells,
  isProportion,
  type RealWorldDraft,
  type RealWorldErrors,
  type RealWorldField,
  type RealWorldMode,
  realWorldId,
  realWorldLabel,
} from './real-world.ts';

interface Props {
  measure: Measure;
  draft: RealWorldDraft;
  onChange: (next: Partial<RealWorldDraft>, touched: RealWorldField[]) => void;
  errors: RealWorldErrors;
}

export function RealWorldPanel({ measure, draft, onChange, errors }: Props) {
  const { t } = useT('realWorld');
  const canRead = useCan('outcome.read');
  const proportion = isProportion(measure);
  const mode: RealWorldMode = draft.mode === 'outcomes' && !canRead ? 'none' : draft.mode;
  return (
    <Stack gap="md">
      <Text size="sm" maw={760}>
        {t('intro')}
      </Text>
      <Radio.Group
        id={realWorldId('source')}
        label={t('source')}
        value={mode}
        onChange={(v) => onChange({ mode: v as RealWorldMode }, ['source'])}
        error={errors.source}
      >
        <Group gap="lg" mt={6}>
          <Radio value="none" label={t('none')} classNames={{ radio: 'threshold-radio' }} />
          {canRead && (
            <Radio value="outcomes" label={t('outcomes')} classNames={{ radio: 'threshold-radio' }} />
          )}
          <Radio
            value="entered"
            label={proportion ? t('counts') : t('estimate')}
            classNames={{ radio: 'threshold-radio' }}
          />
        </Group>
      </Radio.Group>
      {!canRead && (
        <Text size="sm" c="dimmed">
          {t('noOutcomes')}
        </Text>
      )}
      {mode === 'outcomes' && (
        <FromOutcomes measure={measure} draft={draft} onChange={onChange} errors={errors} />
      )}
      {mode === 'entered' && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={520}>
            {enteredCells(measure).map((c) => (
              <TextInput
                key={c.key}
                id={realWorldId(c.key)}
                label={c.label}
                inputMode="decimal"
                autoComplete="off"
                value={draft.cells[c.key] ?? ''}
                onChange={(e) =>
                  onChange({ cells: { ...draft.cells, [c.key]: e.currentTarget.value } }, [c.key])
                }
                error={errors[c.key]}
                styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" c="dimmed" maw={760}>
            {proportion ? t('countsHint') : t('estimateHint')}
          </Text>
        </Stack>
      )}
      {mode !== 'none' && (
        <TextInput
          id={realWorldId('label')}
          label={t('label')}
          description={mode === 'outcomes' ? t('labelOutcomes') : t('labelEntered')}
          placeholder={realWorldLabel({ ...draft, label: '' })}
          value={draft.label}
          onChange={(e) => onChange({ label: e.currentTarget.value }, ['label'])}
          error={errors.label}
          maxLength={120}
          autoComplete="off"
          maw={520}
        />
      )}
    </Stack>
  );
}

const usable = (t: TimepointStats, proportion: boolean) => {
  const response = shown(t.response);
  const change = shown(t.change);
  return proportion ? response !== null && response.n > 0 : change !== null && change.n >= 2;
};

function timepointOption(t: TimepointStats, proportion: boolean): string {
  const label = t.label;
  const withheldHere = proportion ? t.response : t.change;
  if (withheldHere && isSuppressed(withheldHere))
    return tKey('realWorld:timepoint.withheld', { label, why: withheld(withheldHere) });
  const response = shown(t.response);
  const change = shown(t.change);
  if (proportion) {
    if (!response) return tKey('realWorld:timepoint.noResponse', { label });
    if (response.n === 0) return tKey('realWorld:timepoint.noneAssessed', { label });
    return tKey('realWorld:timepoint.responded', { label, events: response.events, n: response.n });
  }
  if (!change || change.n < 2) return tKey('realWorld:timepoint.fewer', { label });
  return tKey('realWorld:timepoint.n', { label, n: change.n });
}

function FromOutcomes({ measure, draft, onChange, errors }: Props) {
  const { t: tr } = useT('realWorld');
  const proportion = isProportion(measure);
  const programs = usePrograms('all');
  const outcomes = useOutcomes(draft.programId, draft.instrumentId ? { instrument: draft.instrumentId } : {});
  // The previous program's report stays while another loads: use it only when it is this one's.
  const data = outcomes.data?.program.id === draft.programId ? outcomes.data : undefined;
  const report = data && data.instrument?.id === draft.instrumentId ? shown(data.report) : null;
  const timepoints = (report?.timepoints ?? []).filter((t) => t.role !== 'baseline');
  const chosen = timepoints.find((t) => t.key === draft.timepointKey);
  const shortName = data?.instrument?.shortName ?? tr('select.theQuestionnaire');
  const criterion = report?.rules.responseCriterion;
  // A program chosen before the list arrived (opened from its outcomes): its name labels the row.
  const presetName = programs.data?.items.find((p) => p.id === draft.programId)?.name;
  useEffect(() => {
    if (presetName && !draft.programName) onChange({ programName: presetName }, []);
  }, [presetName, draft.programName, onChange]);

  const programOptions = [
    { value: '', label: programs.data ? tr('select.chooseProgram') : tr('select.loadingPrograms') },
    ...(programs.data?.items ?? []).map((p) => ({
      value: p.id,
      label: p.archivedAt ? tr('select.archived', { name: p.name }) : p.name,
    })),
  ];
  const instrumentOptions = [
    {
      value: '',
      label: !draft.programId
        ? tr('select.programFirst')
        : data
          ? tr('select.chooseQuestionnaire')
          : tr('select.loading'),
    },
    ...(data?.instruments ?? []).map((i) => ({ value: i.id, label: i.shortName })),
  ];
  const timepointOptions = [
    {
      value: '',
      label: !draft.instrumentId
        ? tr('select.questionnaireFirst')
        : report
          ? tr('select.chooseTimepoint')
          : tr('select.loading'),
    },
    ...timepoints.map((t) => ({
      value: t.key,
      label: timepointOption(t, proportion),
      disabled: !usable(t, proportion),
    })),
  ];

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          id={realWorldId('programId')}
          label={tr('select.program')}
          value={draft.programId}
          data={programOptions}
          onChange={(e) => {
            const id = e.currentTarget.value;
            const name = programs.data?.items.find((p) => p.id === id)?.name ?? '';
            onChange({ programId: id, programName: name, instrumentId: '', timepointKey: '' }, [
              'programId',
              'instrumentId',
              'timepointKey',
            ]);
          }}
          error={errors.programId}
        />
        <NativeSelect
          id={realWorldId('instrumentId')}
          label={tr('select.questionnaire')}
          value={draft.instrumentId}
          data={instrumentOptions}
          disabled={!data}
          onChange={(e) =>
            onChange({ instrumentId: e.currentTarget.value, timepointKey: '' }, [
              'instrumentId',
              'timepointKey',
            ])
          }
          error={errors.instrumentId}
        />
        <NativeSelect
          id={realWorldId('timepointKey')}
          label={tr('select.timepoint')}
          value={draft.timepointKey}
          data={timepointOptions}
          disabled={!report}
          onChange={(e) => onChange({ timepointKey: e.currentTarget.value }, ['timepointKey'])}
          error={errors.timepointKey}
        />
      </SimpleGrid>
      {programs.isError && <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />}
      {outcomes.isError && <ErrorAlert error={outcomes.error} onRetry={() => void outcomes.refetch()} />}
      {data && data.instruments.length === 0 && <Text size="sm">{tr('select.noneAnalysable')}</Text>}
      {chosen && <ChosenLine t={chosen} proportion={proportion} shortName={shortName} />}
      {proportion ? (
        <Alert color="yellow" role="note" title={tr('response.title')}>
          <Text size="sm">
            {tr('response.body', { name: shortName, criterion: criterion ?? tr('response.phq9') })}
          </Text>
        </Alert>
      ) : (
        <Alert color="yellow" role="note" title={tr('change.title')}>
          <Text size="sm">{tr('change.body', { name: shortName })}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** What the analysis will read from the chosen timepoint. */
function ChosenLine({
  t,
  proportion,
  shortName,
}: {
  t: TimepointStats;
  proportion: boolean;
  shortName: string;
}) {
  const response = shown(t.response);
  const change = shown(t.change);
  return (
    <Text size="sm" role="status" fw={500}>
      {proportion && response
        ? tKey('realWorld:chosen.responders', {
            events: response.events,
            n: response.n,
            label: t.label,
            percent: num((response.events / response.n) * 100, 1),
          })
        : change && change.mean !== null && change.sd !== null
          ? tKey('realWorld:chosen.mean', {
              label: t.label,
              mean: num(change.mean, 2),
              name: shortName,
              sd: num(change.sd, 2),
              n: change.n,
            })
          : null}
    </Text>
  );
}
