/**
 * Adverse events of a dosing session: the ones recorded, and a form with the type (common ones
 * suggested, any text allowed), the CTCAE grade with its label, the action taken, the outcome and
 * the onset.
 */
import {
  Autocomplete,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import {
  AE_ACTIONS,
  AE_COMMON_TYPES,
  AE_GRADES,
  AE_OUTCOMES,
  AE_TYPE_MAX_LENGTH,
  type AeAction,
  type AeOutcome,
} from '../../domain/dosing/adverse-events.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { formatDateTimeIn, fromZoneInput, nowInput } from '../sessions/time.ts';
import { requiredField } from '../ui/required.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type DosingRecord, useAddAdverseEvent } from './api.ts';

const LABELS = {
  type: 'Type',
  grade: 'Grade',
  action: 'Action taken',
  outcome: 'Outcome',
  onsetAt: 'Onset',
  notes: 'Notes',
} as const;
type Field = keyof typeof LABELS;
const ORDER = Object.keys(LABELS) as Field[];
const fieldId = (f: Field) => `ae-${f}`;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const gradeLabel = (grade: number): string => {
  const g = AE_GRADES.find((x) => x.grade === grade);
  return g ? `Grade ${g.grade}: ${g.label}` : `Grade ${grade}`;
};

export function AdverseEventsSection(props: { record: DosingRecord; canRecord: boolean; zone: string }) {
  const { record, canRecord, zone } = props;
  const rows = [...record.adverseEvents].sort((a, b) => Date.parse(a.onsetAt) - Date.parse(b.onsetAt));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ae-heading">
      <Title order={2} size="h4" id="ae-heading" mb="sm">
        Adverse events
      </Title>
      {rows.length === 0 ? (
        <Text mb="md">No adverse events recorded.</Text>
      ) : (
        <ScrollTable label="Recorded adverse events" minWidth={680}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Onset</Table.Th>
              <Table.Th scope="col">Type</Table.Th>
              <Table.Th scope="col">Grade</Table.Th>
              <Table.Th scope="col">Action</Table.Th>
              <Table.Th scope="col">Outcome</Table.Th>
              <Table.Th scope="col">Notes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <time dateTime={e.onsetAt}>{formatDateTimeIn(e.onsetAt, zone)}</time>
                </Table.Td>
                <Table.Td>{capitalize(e.type)}</Table.Td>
                <Table.Td>{gradeLabel(e.grade)}</Table.Td>
                <Table.Td>{capitalize(e.action)}</Table.Td>
                <Table.Td>{capitalize(e.outcome)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.notes || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {canRecord && <AdverseEventForm record={record} zone={zone} />}
    </Paper>
  );
}

interface Draft {
  type: string;
  grade: string;
  action: AeAction | '';
  outcome: AeOutcome | '';
  onsetAt: string;
  notes: string;
}

const emptyDraft = (zone: string): Draft => ({
  type: '',
  grade: '',
  action: '',
  outcome: '',
  onsetAt: nowInput(zone),
  notes: '',
});

function AdverseEventForm({ record, zone }: { record: DosingRecord; zone: string }) {
  const add = useAddAdverseEvent(record.id);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(zone));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Partial<Record<Field, string>> = {};
    const onsetAt = fromZoneInput(draft.onsetAt, zone);
    if (!draft.type.trim()) local.type = 'Enter the type of event (or choose a common one).';
    if (!draft.grade) local.grade = 'Choose the grade.';
    if (!draft.action) local.action = 'Choose the action taken.';
    if (!draft.outcome) local.outcome = 'Choose the outcome.';
    if (!onsetAt) local.onsetAt = 'Enter when it started.';
    setErrors(local);
    const first = ORDER.find((f) => local[f]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    add.mutate(
      {
        type: draft.type.trim(),
        grade: Number(draft.grade),
        action: draft.action as AeAction,
        outcome: draft.outcome as AeOutcome,
        onsetAt,
        ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Adverse event recorded.' });
          setDraft(emptyDraft(zone));
        },
        onError: (error) => {
          const { fields, problem: p } = formErrorsFrom(error, LABELS, 'The adverse event was not saved');
          setErrors(fields);
          setProblem(p);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="ae-form-heading">
      <Stack gap="sm" mt="md">
        <Title order={3} size="h5" id="ae-form-heading">
          Record an adverse event
        </Title>
        {problem && <FormProblemAlert problem={problem} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            id={fieldId('type')}
            label={LABELS.type}
            description="Choose a common type or describe it."
            data={[...AE_COMMON_TYPES]}
            value={draft.type}
            onChange={(value) => set('type', value)}
            error={errors.type}
            maxLength={AE_TYPE_MAX_LENGTH}
            {...requiredField}
          />
          <NativeSelect
            id={fieldId('grade')}
            label={LABELS.grade}
            value={draft.grade}
            onChange={(e) => set('grade', e.currentTarget.value)}
            error={errors.grade}
            data={[
              ...(draft.grade ? [] : [{ value: '', label: 'Choose…' }]),
              ...AE_GRADES.map((g) => ({ value: String(g.grade), label: `${g.grade}: ${g.label}` })),
            ]}
            {...requiredField}
          />
          <NativeSelect
            id={fieldId('action')}
            label={LABELS.action}
            value={draft.action}
            onChange={(e) => set('action', e.currentTarget.value as AeAction)}
            error={errors.action}
            data={[
              ...(draft.action ? [] : [{ value: '', label: 'Choose…' }]),
              ...AE_ACTIONS.map((a) => ({ value: a, label: capitalize(a) })),
            ]}
            {...requiredField}
          />
          <NativeSelect
            id={fieldId('outcome')}
            label={LABELS.outcome}
            value={draft.outcome}
            onChange={(e) => set('outcome', e.currentTarget.value as AeOutcome)}
            error={errors.outcome}
            data={[
              ...(draft.outcome ? [] : [{ value: '', label: 'Choose…' }]),
              ...AE_OUTCOMES.map((o) => ({ value: o, label: capitalize(o) })),
            ]}
            {...requiredField}
          />
          <TextInput
            id={fieldId('onsetAt')}
            type="datetime-local"
            label={LABELS.onsetAt}
            value={draft.onsetAt}
            onChange={(e) => set('onsetAt', e.currentTarget.value)}
            error={errors.onsetAt}
            {...requiredField}
          />
        </SimpleGrid>
        <Textarea
          id={fieldId('notes')}
          label={LABELS.notes}
          value={draft.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            Save adverse event
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
