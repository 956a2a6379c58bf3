/**
 * Meta-analysis in the browser: choose the model, enter or paste the studies, run it, and read the
 * pooled estimate, heterogeneity, each study's weight and the forest and funnel plots — the
 * numbers of R's metafor. Nothing is stored. A 400's errors show under the cells they name.
 * For proportions and GEN, the organization's own estimate can be drawn beside the evidence
 * (RealWorldPanel), never pooled.
 */
import { Alert, Button, Group, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Section } from '../evidence/Section.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useRunAnalysis } from './api.ts';
import { CsvPaste } from './CsvPaste.tsx';
import { type Column, columnsFor, settingsForColumns } from './columns.ts';
import type { CsvTable } from './csv.ts';
import {
  buildRequest,
  type DraftErrors,
  type DraftRow,
  errorsFrom,
  hasErrors,
  NO_ERRORS,
  newRow,
  type Settings,
  type SettingsField,
} from './draft.ts';
import { BCG_EXAMPLE } from './example.ts';
import { LibraryLoader } from './LibraryLoader.tsx';
import { idsFrom, type LibraryChoice, libraryTable, programFrom } from './library.ts';
import { ModelFields, settingsId } from './ModelFields.tsx';
import { RealWorldPanel } from './RealWorldPanel.tsx';
import { headline, Results } from './Results.tsx';
import {
  NO_REAL_WORLD,
  REAL_WORLD_FIELDS,
  type RealWorldDraft,
  type RealWorldField,
  realWorldId,
  supportsRealWorld,
} from './real-world.ts';
import { focusFirstCell, rowName, StudyTable } from './StudyTable.tsx';

const DEFAULT_SETTINGS: Settings = { measure: 'RR', method: 'REML', test: 'z', level: '95', arms: 'cells' };
const emptyRows = () => [newRow(), newRow(), newRow()];

export function MetaPage() {
  const { t } = useT('meta');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [rows, setRows] = useState<DraftRow[]>(emptyRows);
  const [params] = useSearchParams();
  // Opened from a program's outcomes: its estimate is the real-world row, from Threshold's outcomes.
  const [realWorld, setRealWorld] = useState<RealWorldDraft>(() => {
    const programId = programFrom(params);
    return programId ? { ...NO_REAL_WORLD, mode: 'outcomes', programId } : NO_REAL_WORLD;
  });
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  /** What the table holds when it was loaded rather than typed. */
  const [loaded, setLoaded] = useState<
    { what: 'example' } | { what: 'csv' | 'library'; message: string } | null
  >(null);
  // Studies chosen in the evidence library ("Analyse these studies").
  const libraryIds = useMemo(() => idsFrom(params), [params]);
  const run = useRunAnalysis();
  const columns = columnsFor(settings.measure, settings.arms);
  const built = useMemo(() => buildRequest(rows, settings, realWorld), [rows, settings, realWorld]);
  const showRealWorld = supportsRealWorld(settings.measure);
  const stale = run.data !== undefined && JSON.stringify(run.data.request) !== JSON.stringify(built.request);

  const clearCell = (address: string) =>
    setErrors((e) => {
      if (!(address in e.cells)) return e;
      const { [address as keyof DraftErrors['cells']]: _, ...cells } = e.cells;
      return { ...e, cells };
    });
  const clearRealWorld = (fields: readonly RealWorldField[]) =>
    setErrors((e) => {
      if (!fields.some((f) => f in e.realWorld)) return e;
      const rest = { ...e.realWorld };
      for (const f of fields) delete rest[f];
      return { ...e, realWorld: rest };
    });
  const updateRow = (key: number, change: (row: DraftRow) => DraftRow) =>
    setRows((rs) => rs.map((r) => (r.key === key ? change(r) : r)));

  const replaceTable = (next: DraftRow[], nextSettings: Partial<Settings>) => {
    setRows(next);
    setSettings((s) => ({ ...s, ...nextSettings }));
    setErrors(NO_ERRORS);
    run.reset();
  };

  const loadExample = () => {
    replaceTable(BCG_EXAMPLE.rows(), BCG_EXAMPLE.settings);
    setLoaded({ what: 'example' });
  };

  const loadCsv = (table: CsvTable) => {
    const next = settingsForColumns(table.columns, settings.measure);
    replaceTable(
      table.rows.map((r) => newRow(r.study, r.cells)),
      next,
    );
    const ignored = table.ignored.length ? t('csvIgnored', { columns: table.ignored.join(', ') }) : '';
    setLoaded({
      what: 'csv',
      message: `${t('csvRead', { count: table.rows.length, columns: table.columns.join(', ') })}${ignored}`,
    });
  };

  const loadLibrary = (choices: LibraryChoice[]) => {
    const table = libraryTable(choices);
    replaceTable(table.rows, table.settings);
    setLoaded({
      what: 'library',
      message: t('libraryLoaded', { count: choices.length }),
    });
  };

  const clearTable = () => {
    replaceTable(emptyRows(), {});
    setLoaded(null);
  };

  /** Loading the example or clearing asks first when the table holds anything typed. */
  const [confirming, setConfirming] = useState<'example' | 'clear' | null>(null);
  const hasData = rows.some((r) => r.study.trim() || Object.values(r.cells).some((v) => v?.trim()));
  const replaceAction = { example: loadExample, clear: clearTable };
  const ask = (what: 'example' | 'clear') => (hasData ? setConfirming(what) : replaceAction[what]());

  const focusFirstError = (found: DraftErrors) => {
    const field = (['measure', 'method', 'test', 'level'] as SettingsField[]).find((f) => found.settings[f]);
    const rwField = REAL_WORLD_FIELDS.find((f) => found.realWorld[f]);
    if (field) document.getElementById(settingsId(field))?.focus();
    else if (focusFirstCell(rows, columns, found.cells)) return;
    else if (rwField && document.getElementById(realWorldId(rwField))) focusRealWorld(rwField);
    else document.getElementById('meta-problem')?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hasErrors(built.errors)) {
      setErrors(built.errors);
      focusFirstError(built.errors);
      run.reset();
      return;
    }
    setErrors(NO_ERRORS);
    run.mutate(built.request, {
      onError: (error) => {
        const found = errorsFrom(error, built, rows, columns);
        setErrors(found);
        if (hasErrors(found)) focusFirstError(found);
      },
    });
  };

  const problems = problemList(errors, rows, columns);
  const refused = run.error instanceof ApiError && run.error.fieldErrors.length > 0;

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title={t('title')}>
        <Text mt={4} maw={760}>
          {t('intro')}
        </Text>
      </PageHeader>

      {libraryIds.length > 0 && (
        <Section title={t('fromLibrary')} id="meta-library-heading">
          <LibraryLoader ids={libraryIds} onLoad={loadLibrary} />
        </Section>
      )}

      <form onSubmit={submit} noValidate aria-label={t('title')}>
        <Stack gap="lg">
          <Section title={t('model')} id="meta-model-heading">
            <ModelFields
              settings={settings}
              onChange={(next) => {
                setSettings((s) => ({ ...s, ...next }));
                // Another measure takes other real-world numbers: its old messages no longer apply.
                setErrors((e) => ({ ...e, settings: {}, ...(next.measure ? { realWorld: {} } : {}) }));
              }}
              errors={errors.settings}
            />
          </Section>

          <Section
            title={t('studies')}
            id="meta-studies-heading"
            actions={
              <Group gap="xs">
                <Button variant="light" onClick={() => ask('example')}>
                  {t('loadExample')}
                </Button>
                <Button variant="default" onClick={() => ask('clear')}>
                  {t('clearTable')}
                </Button>
              </Group>
            }
          >
            <Stack gap="md">
              {loaded?.what === 'example' ? (
                <Alert color="blue" title={t('exampleData', { title: t('example.title') })} role="note">
                  <Text size="sm">{t('example.description')}</Text>
                </Alert>
              ) : (
                <Text size="sm">{t('columnsHint')}</Text>
              )}
              {(loaded?.what === 'csv' || loaded?.what === 'library') && (
                <Text size="sm" role="status">
                  {loaded.message}
                </Text>
              )}
              <StudyTable
                rows={rows}
                columns={columns}
                errors={errors.cells}
                onStudy={(key, value) => {
                  updateRow(key, (r) => ({ ...r, study: value }));
                  clearCell(`${key}:study`);
                }}
                onCell={(key, column, value) => {
                  updateRow(key, (r) => ({ ...r, cells: { ...r.cells, [column]: value } }));
                  clearCell(`${key}:${column}`);
                }}
                onRemove={(key) =>
                  setRows((rs) => (rs.length > 1 ? rs.filter((r) => r.key !== key) : emptyRows()))
                }
              />
              <Group>
                <Button variant="default" onClick={() => setRows((rs) => [...rs, newRow()])}>
                  {t('addStudy')}
                </Button>
              </Group>
              <CsvPaste onLoad={loadCsv} />
            </Stack>
          </Section>

          {showRealWorld && (
            <Section title={t('beside')} id="meta-real-world-heading">
              <RealWorldPanel
                measure={settings.measure}
                draft={realWorld}
                onChange={(next, touched) => {
                  setRealWorld((d) => ({ ...d, ...next }));
                  clearRealWorld(touched);
                }}
                errors={errors.realWorld}
              />
            </Section>
          )}

          {problems.length > 0 && (
            <Alert
              id="meta-problem"
              tabIndex={-1}
              color="red"
              role="alert"
              title={
                run.error instanceof ApiError
                  ? t('checkTheseValuesTitle', { title: run.error.title })
                  : t('checkTheseValues')
              }
            >
              <List size="sm">
                {problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {run.isError && !refused && <ErrorAlert error={run.error} />}

          <Group>
            <Button type="submit" loading={run.isPending}>
              {t('run')}
            </Button>
          </Group>
        </Stack>
      </form>

      <ConfirmModal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) replaceAction[confirming]();
          setConfirming(null);
        }}
        title={confirming === 'example' ? t('replaceTitle') : t('clearTitle')}
        confirmLabel={confirming === 'example' ? t('loadTheExample') : t('clearTable')}
        danger={confirming === 'clear'}
      >
        {confirming === 'example' ? t('replaceBody') : t('clearBody')}
      </ConfirmModal>
      <div role="status">
        {run.data && (
          <VisuallyHidden>{`${t('done', { count: run.data.analysis.k, headline: headline(run.data.analysis) })}${
            run.data.analysis.realWorld ? t('doneRealWorld') : ''
          }`}</VisuallyHidden>
        )}
      </div>
      {run.isPending && <PageLoader label={t('running')} />}
      {run.data && (
        <Section title={t('result')} id="meta-result-heading">
          <Stack gap="md">
            {stale && (
              <Alert color="yellow" title={t('stale')} role="note">
                {t('staleBody')}
              </Alert>
            )}
            <Results run={run.data} />
          </Stack>
        </Section>
      )}
    </Stack>
  );
}

/** Focuses a real-world input; a radio group's own id is on its wrapper, so its checked radio is focused. */
function focusRealWorld(field: RealWorldField) {
  const el = document.getElementById(realWorldId(field));
  const target =
    el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : el?.querySelector('input');
  target?.focus();
  target?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

const REAL_WORLD_LABELS: Record<RealWorldField, string> = translatedLabels(
  'meta:realWorldLabels',
  REAL_WORLD_FIELDS,
);

const SETTINGS_LABELS: Record<SettingsField, string> = translatedLabels('meta:settingsLabels', [
  'measure',
  'method',
  'test',
  'level',
] as const);

/** Every error as a sentence for the summary above the Run button, in the order of the page. */
function problemList(errors: DraftErrors, rows: readonly DraftRow[], columns: readonly Column[]): string[] {
  const out: string[] = [];
  for (const [field, message] of Object.entries(errors.settings)) {
    out.push(`${SETTINGS_LABELS[field as SettingsField]}: ${message}`);
  }
  for (const row of rows) {
    const name = rowName(rows, row.key);
    const where = (column: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}, ${column}`;
    const study = errors.cells[`${row.key}:study`];
    if (study) out.push(`${where(tKey('meta:problem.studyLabel'))}: ${study}`);
    for (const column of columns) {
      const message = errors.cells[`${row.key}:${column.key}`];
      if (message) out.push(`${where(`${column.label} (${column.key})`)}: ${message}`);
    }
  }
  for (const field of REAL_WORLD_FIELDS) {
    const message = errors.realWorld[field];
    if (message) out.push(`${REAL_WORLD_LABELS[field]}: ${message}`);
  }
  return [...out, ...errors.other];
}
