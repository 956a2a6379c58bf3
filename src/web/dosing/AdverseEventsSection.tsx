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
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
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
import { useT } from '../i18n/i18n.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import { formatDateTimeIn, fromZoneInput, nowInput } from '../sessions/time.ts';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { requiredField } from '../ui/required.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type DosingRecord, useAddAdverseEvent } from './api.ts';
import { useFieldDraft } from './use-field-draft.ts';

const ORDER = ['type', 'grade', 'action', 'outcome', 'onsetAt', 'notes'] as const;
type Field = (typeof ORDER)[number];
const LABELS: Record<Field, string> = translatedLabels('dosing:ae.fields', ORDER);
const fieldId = (f: Field) => `ae-${f}`;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The word for a stored code, or the code itself (capitalised) when there is none. */
const word = (prefix: string, code: string): string => {
  const key = `dosing:ae.${prefix}.${code}`;
  const text = tKey(key);
  return text === key || text === `ae.${prefix}.${code}` ? capitalize(code) : text;
};
const gradeName = (grade: number): string => word('grades', String(grade));

export const gradeLabel = (grade: number): string => {
  const g = AE_GRADES.find((x) => x.grade === grade);
  return g
    ? tKey('dosing:ae.grade', { grade: g.grade, label: gradeName(g.grade) })
    : tKey('dosing:ae.gradeOnly', { grade });
};

export function AdverseEventsSection(props: { record: DosingRecord; canRecord: boolean; zone: string }) {
  const { record, canRecord, zone } = props;
  const { t } = useT('dosing');
  const rows = [...record.adverseEvents].sort((a, b) => Date.parse(a.onsetAt) - Date.parse(b.onsetAt));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ae-heading">
      <Title order={2} size="h4" id="ae-heading" mb="sm">
        {t('ae.title')}
      </Title>
      {rows.length === 0 ? (
        <Text mb="md">{t('ae.none')}</Text>
      ) : (
        <ScrollTable label={t('ae.table')} minWidth={680}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ae.columns.onset')}</Table.Th>
              <Table.Th scope="col">{t('ae.columns.type')}</Table.Th>
              <Table.Th scope="col">{t('ae.columns.grade')}</Table.Th>
              <Table.Th scope="col">{t('ae.columns.action')}</Table.Th>
              <Table.Th scope="col">{t('ae.columns.outcome')}</Table.Th>
              <Table.Th scope="col">{t('ae.columns.notes')}</Table.Th>
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
                <Table.Td>{word('actions', e.action)}</Table.Td>
                <Table.Td>{word('outcomes', e.outcome)}</Table.Td>
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
  const { t } = useT('dosing');
  const add = useAddAdverseEvent(record.id);
  const { draft, setDraft, set, errors, problem, setProblem, refuse, showSaveError } = useFieldDraft(
    (): Draft => emptyDraft(zone),
    { order: ORDER, labels: LABELS, fieldId },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Partial<Record<Field, string>> = {};
    const onsetAt = fromZoneInput(draft.onsetAt, zone);
    if (!draft.type.trim()) local.type = t('ae.enterType');
    if (!draft.grade) local.grade = t('ae.chooseGrade');
    if (!draft.action) local.action = t('ae.chooseAction');
    if (!draft.outcome) local.outcome = t('ae.chooseOutcome');
    if (!onsetAt) local.onsetAt = t('ae.enterOnset');
    if (refuse(local)) return;
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
          notifications.show({ color: 'teal', message: t('ae.recorded') });
          setDraft(emptyDraft(zone));
        },
        onError: (error) => showSaveError(error, t('ae.notSaved')),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="ae-form-heading">
      <Stack gap="sm" mt="md">
        <Title order={3} size="h5" id="ae-form-heading">
          {t('ae.formTitle')}
        </Title>
        {problem && <FormProblemAlert problem={problem} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            id={fieldId('type')}
            label={LABELS.type}
            description={t('ae.typeHint')}
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
              ...(draft.grade ? [] : [{ value: '', label: t('ae.choose') }]),
              ...AE_GRADES.map((g) => ({
                value: String(g.grade),
                label: `${g.grade}: ${gradeName(g.grade)}`,
              })),
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
              ...(draft.action ? [] : [{ value: '', label: t('ae.choose') }]),
              ...AE_ACTIONS.map((a) => ({ value: a, label: word('actions', a) })),
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
              ...(draft.outcome ? [] : [{ value: '', label: t('ae.choose') }]),
              ...AE_OUTCOMES.map((o) => ({ value: o, label: word('outcomes', o) })),
            ]}
            {...requiredField}
          />
          <DateTimeField
            zone={zone}
            id={fieldId('onsetAt')}
            label={LABELS.onsetAt}
            value={draft.onsetAt}
            onChange={(value) => set('onsetAt', value)}
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
            {t('ae.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
