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
  const canRead = useCan('outcome.read');
  const proportion = isProportion(measure);
  const mode: RealWorldMode = draft.mode === 'outcomes' && !canRead ? 'none' : draft.mode;
  return (
    <Stack gap="md">
      <Text size="sm" maw={760}>
        Draw your own program’s result on the same forest plot, below the pooled estimate, marked as
        real-world data. It is shown beside the evidence, not pooled with it: the pooled estimate, the
        heterogeneity and the weights stay as they are.
      </Text>
      <Radio.Group
        id={realWorldId('source')}
        label="Your program’s estimate"
        value={mode}
        onChange={(v) => onChange({ mode: v as RealWorldMode }, ['source'])}
        error={errors.source}
      >
        <Group gap="lg" mt={6}>
          <Radio value="none" label="Don’t add one" classNames={{ radio: 'threshold-radio' }} />
          {canRead && (
            <Radio
              value="outcomes"
              label="From Threshold’s outcomes"
              classNames={{ radio: 'threshold-radio' }}
            />
          )}
          <Radio
            value="entered"
            label={proportion ? 'Enter counts' : 'Enter the estimate (yi, vi)'}
            classNames={{ radio: 'threshold-radio' }}
          />
        </Group>
      </Radio.Group>
      {!canRead && (
        <Text size="sm" c="dimmed">
          Your role does not read program outcomes, so enter the numbers from your own records.
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
            {proportion
              ? 'Count responders the way the studies you pool define response, if you can: published definitions differ (Feder 2025 counts a CAPS-5 improvement of at least 30%).'
              : 'Give yi and its sampling variance vi on the same scale as the studies’ yi.'}
          </Text>
        </Stack>
      )}
      {mode !== 'none' && (
        <TextInput
          id={realWorldId('label')}
          label="Label on the forest plot"
          description={
            mode === 'outcomes' ? 'Leave empty to use the program’s name' : 'Leave empty for “Our program”'
          }
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
  const withheldHere = proportion ? t.response : t.change;
  if (withheldHere && isSuppressed(withheldHere)) return `${t.label} (${withheld(withheldHere)})`;
  const response = shown(t.response);
  const change = shown(t.change);
  if (proportion) {
    if (!response) return `${t.label} (this questionnaire defines no response)`;
    if (response.n === 0) return `${t.label} (no one assessed yet)`;
    return `${t.label}: ${response.events} of ${response.n} responded`;
  }
  if (!change || change.n < 2) return `${t.label} (fewer than 2 assessed)`;
  return `${t.label}: n = ${change.n}`;
}

function FromOutcomes({ measure, draft, onChange, errors }: Props) {
  const proportion = isProportion(measure);
  const programs = usePrograms('all');
  const outcomes = useOutcomes(draft.programId, draft.instrumentId ? { instrument: draft.instrumentId } : {});
  // The previous program's report stays while another loads: use it only when it is this one's.
  const data = outcomes.data?.program.id === draft.programId ? outcomes.data : undefined;
  const report = data && data.instrument?.id === draft.instrumentId ? shown(data.report) : null;
  const timepoints = (report?.timepoints ?? []).filter((t) => t.role !== 'baseline');
  const chosen = timepoints.find((t) => t.key === draft.timepointKey);
  const shortName = data?.instrument?.shortName ?? 'the questionnaire';
  const criterion = report?.rules.responseCriterion;
  // A program chosen before the list arrived (opened from its outcomes): its name labels the row.
  const presetName = programs.data?.items.find((p) => p.id === draft.programId)?.name;
  useEffect(() => {
    if (presetName && !draft.programName) onChange({ programName: presetName }, []);
  }, [presetName, draft.programName, onChange]);

  const programOptions = [
    { value: '', label: programs.data ? 'Choose a program' : 'Loading programs…' },
    ...(programs.data?.items ?? []).map((p) => ({
      value: p.id,
      label: p.archivedAt ? `${p.name} (archived)` : p.name,
    })),
  ];
  const instrumentOptions = [
    {
      value: '',
      label: !draft.programId ? 'Choose a program first' : data ? 'Choose a questionnaire' : 'Loading…',
    },
    ...(data?.instruments ?? []).map((i) => ({ value: i.id, label: i.shortName })),
  ];
  const timepointOptions = [
    {
      value: '',
      label: !draft.instrumentId
        ? 'Choose a questionnaire first'
        : report
          ? 'Choose a timepoint'
          : 'Loading…',
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
          label="Program"
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
          label="Questionnaire"
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
          label="Timepoint"
          value={draft.timepointKey}
          data={timepointOptions}
          disabled={!report}
          onChange={(e) => onChange({ timepointKey: e.currentTarget.value }, ['timepointKey'])}
          error={errors.timepointKey}
        />
      </SimpleGrid>
      {programs.isError && <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />}
      {outcomes.isError && <ErrorAlert error={outcomes.error} onRetry={() => void outcomes.refetch()} />}
      {data && data.instruments.length === 0 && (
        <Text size="sm">This program assesses no questionnaire whose change can be analysed.</Text>
      )}
      {chosen && <ChosenLine t={chosen} proportion={proportion} shortName={shortName} />}
      {proportion ? (
        <Alert
          color="yellow"
          role="note"
          title="Response is defined by the questionnaire, not by the studies"
        >
          <Text size="sm">
            Here a client responded by {shortName}’s own criterion
            {criterion ? ` (${criterion})` : ', for PHQ-9 a reduction of at least 50% from baseline'}, counted
            among clients assessed at baseline and at the timepoint. The studies may define response
            differently: Feder 2025, for example, counts a CAPS-5 improvement of at least 30%. Put your
            program beside studies whose definition matches, or read the comparison with the difference in
            mind.
          </Text>
        </Alert>
      ) : (
        <Alert color="yellow" role="note" title="A mean change, in the questionnaire’s points">
          <Text size="sm">
            For GEN, Threshold’s outcomes give the mean change from baseline in {shortName} points (negative
            when scores went down) and its variance SD²/n. It compares only with studies whose yi are mean
            changes on the same questionnaire, in the same direction.
          </Text>
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
        ? `Threshold will use ${response.events} responders of ${response.n} clients assessed at baseline and at ${t.label} (${num((response.events / response.n) * 100, 1)}%), read from the outcome report when you run the analysis.`
        : change && change.mean !== null && change.sd !== null
          ? `Threshold will use the mean change from baseline to ${t.label}, ${num(change.mean, 2)} ${shortName} points (SD ${num(change.sd, 2)}, n = ${change.n}), with variance SD²/n, read from the outcome report when you run the analysis.`
          : null}
    </Text>
  );
}
