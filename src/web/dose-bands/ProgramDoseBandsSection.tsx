/**
 * Staff, on a program's page: the program's own dose bands per substance — the band edges in the
 * substance's unit (ketamine 0.5 / 0.75 / 1 mg/kg; truffles 10 / 15 / 20 g fresh). A substance
 * left blank gets bands derived from its recorded doses on the outcomes page. Those who manage
 * programs change them; everyone who reads programs sees them.
 */
import { Alert, Button, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { edgeNumber, substanceName, unitName } from '../outcomes/dose-experience-api.ts';
import type { FormProblem } from '../sessions/form-problem.ts';
import { type DoseBandsOut, edgesText, parseEdges, useDoseBands, useSaveDoseBands } from './api.ts';

interface Row {
  unit: string;
  edges: string;
}

const rowsOf = (data: DoseBandsOut): Record<string, Row> =>
  Object.fromEntries(
    Object.entries(data.units).map(([kind, units]) => {
      const own = data.bands.find((b) => b.substanceKind === kind);
      return [kind, { unit: own?.unit ?? units[0]!, edges: own ? edgesText(own.edges) : '' }];
    }),
  );

/** The server's field errors (`bands[i]…`) per substance kind of the list that was sent. */
function errorsBySubstance(error: unknown, sent: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.fieldErrors) {
    const i = /^bands\[(\d+)\]/.exec(e.field)?.[1];
    const kind = i === undefined ? undefined : sent[Number(i)];
    if (kind) out[kind] = out[kind] ? `${out[kind]} ${fieldMessage(e)}` : fieldMessage(e);
  }
  return out;
}

function DoseBandsForm({ programId, data }: { programId: string; data: DoseBandsOut }) {
  const { t } = useT('doseExperience');
  const save = useSaveDoseBands(programId);
  const [rows, setRows] = useState(() => rowsOf(data));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (kind: string, patch: Partial<Row>) =>
    setRows((r) => ({ ...r, [kind]: { ...r[kind]!, ...patch } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setSaved(false);
    const local: Record<string, string> = {};
    const bands: Array<{ substanceKind: string; unit: string; edges: number[] }> = [];
    for (const [kind, row] of Object.entries(rows)) {
      const edges = parseEdges(row.edges);
      if (edges === null) local[kind] = t('programBands.edgesInvalid');
      else if (edges.length > 0) bands.push({ substanceKind: kind, unit: row.unit, edges });
    }
    setErrors(local);
    if (Object.keys(local).length) return;
    save.mutate(
      { bands },
      {
        onSuccess: () => setSaved(true),
        onError: (err) => {
          setErrors(
            errorsBySubstance(
              err,
              bands.map((b) => b.substanceKind),
            ),
          );
          setProblem({
            title: t('programBands.notSaved'),
            messages: [err instanceof ApiError ? (err.detail ?? err.title) : String(err)],
          });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problem && <FormProblemAlert problem={problem} />}
        {Object.entries(data.units).map(([kind, units]) => (
          <SimpleGrid key={kind} cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('programBands.edges', { substance: substanceName(kind) })}
              description={t('programBands.edgesHint')}
              value={rows[kind]!.edges}
              error={errors[kind]}
              onChange={(e) => set(kind, { edges: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('programBands.unit', { substance: substanceName(kind) })}
              value={rows[kind]!.unit}
              onChange={(e) => set(kind, { unit: e.currentTarget.value })}
              data={units.map((u) => ({ value: u, label: unitName(u) }))}
            />
          </SimpleGrid>
        ))}
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('programBands.save')}
        </Button>
        {saved && (
          <Text size="sm" role="status">
            {t('programBands.saved')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

function Summary({ data }: { data: DoseBandsOut }) {
  const { t } = useT('doseExperience');
  if (data.bands.length === 0) return <Text size="sm">{t('programBands.none')}</Text>;
  return (
    <Stack gap={2}>
      {data.bands.map((b) => (
        <Text size="sm" key={b.substanceKind}>
          {t('programBands.summary', {
            substance: substanceName(b.substanceKind),
            edges: b.edges.map(edgeNumber).join(' / '),
            unit: unitName(b.unit),
          })}
        </Text>
      ))}
    </Stack>
  );
}

export function ProgramDoseBandsSection({ programId }: { programId: string }) {
  const { t } = useT('doseExperience');
  const canManage = useCan('program.manage');
  const query = useDoseBands(programId);
  const data = query.data;
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="program-dose-bands-heading">
      <Title order={2} size="h4" id="program-dose-bands-heading" mb="xs">
        {t('programBands.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('programBands.intro')}</Text>
        {query.isError && <Alert color="red" title={t('programBands.loadFailed')} />}
        {data && <Summary data={data} />}
        {data && canManage && <DoseBandsForm programId={programId} data={data} />}
      </Stack>
    </Paper>
  );
}
