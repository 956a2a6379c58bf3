/**
 * Publishing a program's outcomes (issue 19, part 7), for those who may: the instrument, the
 * smallest group a public number may describe, the studies shown beside it; then the public page
 * and its JSON, and withdrawing them. Every refusal is shown at its field.
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useAllStudies } from '../evidence/api.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import type { Outcomes } from './api.ts';
import {
  type BenchmarkSettingsOut,
  useBenchmark,
  usePublishBenchmark,
  useWithdrawBenchmark,
} from './publish-api.ts';

/** Field errors by their top-level field ("studyIds.1" and "studyIds[1]" count as studyIds). */
function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.fieldErrors) {
    const field = e.field.replace(/^\//, '').split(/[.[/]/)[0] ?? e.field;
    out[field] = out[field] ? `${out[field]} ${fieldMessage(e)}` : fieldMessage(e);
  }
  return out;
}

function PublishedLinks({ settings }: { settings: BenchmarkSettingsOut }) {
  const { t } = useT('benchmarks');
  if (!settings.links || !settings.publishedAt) return <Badge color="gray.7">{t('notPublished')}</Badge>;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color="teal.9" tt="none">
        {t('publishedOn', { when: formatDateTime(settings.publishedAt) })}
      </Badge>
      <Anchor href={settings.links.page} target="_blank" rel="noopener">
        {t('openPage')}
      </Anchor>
      <Anchor href={settings.links.json} target="_blank" rel="noopener">
        {t('openJson')}
      </Anchor>
    </Group>
  );
}

function WithdrawButton({ programId }: { programId: string }) {
  const { t } = useT('benchmarks');
  const withdraw = useWithdrawBenchmark(programId);
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button variant="default" color="red" onClick={() => setAsking(true)}>
        {t('withdraw')}
      </Button>
    );
  return (
    <Group gap="xs" role="group" aria-label={t('withdrawAsk')}>
      <Text size="sm">{t('withdrawAsk')}</Text>
      <Button
        color="red"
        loading={withdraw.isPending}
        onClick={() => withdraw.mutate(undefined, { onSuccess: () => setAsking(false) })}
      >
        {t('withdrawYes')}
      </Button>
      <Button variant="default" onClick={() => setAsking(false)}>
        {t('keep')}
      </Button>
    </Group>
  );
}

function PublishForm({ data, settings }: { data: Outcomes; settings: BenchmarkSettingsOut }) {
  const { t } = useT('benchmarks');
  const studies = useAllStudies();
  const publish = usePublishBenchmark(data.program.id);
  const [instrumentId, setInstrumentId] = useState(settings.instrumentId ?? data.instruments[0]?.id ?? '');
  const [minCellSize, setMinCellSize] = useState<number | string>(settings.minCellSize);
  const [studyIds, setStudyIds] = useState<string[]>(settings.studyIds);
  useEffect(() => setStudyIds(settings.studyIds), [settings.studyIds]);
  const errors = fieldErrors(publish.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate({ instrumentId, minCellSize: Number(minCellSize), studyIds });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('formLabel')}>
      <Stack gap="sm" maw={640}>
        <NativeSelect
          label={t('instrument')}
          value={instrumentId}
          onChange={(e) => setInstrumentId(e.currentTarget.value)}
          data={data.instruments.map((i) => ({ value: i.id, label: i.shortName }))}
          error={errors.instrumentId}
        />
        <NumberInput
          label={t('minCell')}
          description={t('minCellHelp', { floor: settings.minCellFloor })}
          min={settings.minCellFloor}
          max={100}
          allowDecimal={false}
          clampBehavior="none"
          value={minCellSize}
          onChange={setMinCellSize}
          error={errors.minCellSize}
        />
        <MultiSelect
          label={t('studies')}
          description={t('studiesHelp')}
          searchable
          maxValues={12}
          value={studyIds}
          onChange={setStudyIds}
          data={(studies.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.citation}: ${s.label}` }))}
          error={errors.studyIds}
        />
        {publish.error && !(publish.error instanceof ApiError && publish.error.fieldErrors.length) && (
          <ErrorAlert error={publish.error} />
        )}
        <Group gap="xs">
          <Button type="submit" loading={publish.isPending}>
            {settings.published ? t('update') : t('publish')}
          </Button>
          {settings.published && <WithdrawButton programId={data.program.id} />}
        </Group>
      </Stack>
    </form>
  );
}

export function PublishSection({ data }: { data: Outcomes }) {
  const { t } = useT('benchmarks');
  const settings = useBenchmark(data.program.id);
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  if (!settings.data) return null;
  return (
    <Stack gap="sm">
      <Text size="sm" maw={760}>
        {t('intro')}
      </Text>
      <PublishedLinks settings={settings.data} />
      <PublishForm data={data} settings={settings.data} />
    </Stack>
  );
}
