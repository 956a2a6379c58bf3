/**
 * Vital signs through a dosing session: the series recorded so far with their flags, and a form
 * that checks each value as it is typed. An impossible value is a field error and cannot be sent;
 * a possible value beyond the program's limit (baseline blood pressure above the pre-dose limit) is
 * flagged in words beside the field and saved with its flag.
 */
import {
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { VITAL_PHASES, type VitalPhase } from '../../domain/dosing/vitals.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { formatDateTimeIn, fromZoneInput, nowInput } from '../sessions/time.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type DosingRecord, useAddVitals } from './api.ts';
import {
  checkVitals,
  emptyVitals,
  flagsOf,
  safetySummary,
  VITAL_FIELDS,
  VITAL_LABELS,
  VITAL_PHASE_LABELS,
  VITAL_UNITS,
  type VitalField,
  type VitalsDraft,
} from './drafts.ts';

const LABELS = {
  phase: 'Phase',
  measuredAt: 'Measured at',
  ...VITAL_LABELS,
} as const;
type Field = keyof typeof LABELS;

const fieldId = (f: Field) => `vitals-${f}`;

const bp = (s: number | null, d: number | null) =>
  s === null && d === null ? '—' : `${s ?? '—'}/${d ?? '—'}`;

export function VitalsSection(props: { record: DosingRecord; canRecord: boolean; zone: string }) {
  const { record, canRecord, zone } = props;
  const rows = [...record.vitals].sort((a, b) => Date.parse(a.measuredAt) - Date.parse(b.measuredAt));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="vitals-heading">
      <Title order={2} size="h4" id="vitals-heading" mb="xs">
        Vital signs
      </Title>
      <Text size="sm" mb="sm">
        {safetySummary(record.safety)}
      </Text>
      {rows.length === 0 ? (
        <Text mb="md">No vital signs recorded yet.</Text>
      ) : (
        <ScrollTable label="Recorded vital signs" minWidth={620}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Measured</Table.Th>
              <Table.Th scope="col">Phase</Table.Th>
              <Table.Th scope="col">BP (mmHg)</Table.Th>
              <Table.Th scope="col">Heart rate</Table.Th>
              <Table.Th scope="col">SpO2 (%)</Table.Th>
              <Table.Th scope="col">Flags</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <time dateTime={v.measuredAt}>{formatDateTimeIn(v.measuredAt, zone)}</time>
                </Table.Td>
                <Table.Td>{VITAL_PHASE_LABELS[v.phase] ?? v.phase}</Table.Td>
                <Table.Td>{bp(v.systolic, v.diastolic)}</Table.Td>
                <Table.Td>{v.heartRate ?? '—'}</Table.Td>
                <Table.Td>{v.spo2 ?? '—'}</Table.Td>
                <Table.Td style={{ minWidth: 200 }}>
                  {v.flags.length === 0 ? (
                    'None'
                  ) : (
                    <List size="sm" spacing={2}>
                      {v.flags.map((f) => (
                        <List.Item key={`${f.field}-${f.message}`}>
                          <Badge color="orange" variant="light" tt="none" mr={4}>
                            Flag
                          </Badge>
                          {f.message}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {canRecord && <VitalsForm record={record} zone={zone} />}
    </Paper>
  );
}

function VitalsForm({ record, zone }: { record: DosingRecord; zone: string }) {
  const add = useAddVitals(record.id);
  const hasBaseline = record.vitals.some((v) => v.phase === 'baseline');
  const [phase, setPhase] = useState<VitalPhase>(hasBaseline ? 'during' : 'baseline');
  const [measuredAt, setMeasuredAt] = useState(() => nowInput(zone));
  const [draft, setDraft] = useState<VitalsDraft>(emptyVitals);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [emptyError, setEmptyError] = useState<string | null>(null);

  const check = checkVitals(draft, phase, record.safety);
  const errors: Partial<Record<Field, string>> = { ...serverErrors, ...check.errors };

  const setValue = (field: VitalField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setEmptyError(null);
    if (serverErrors[field]) setServerErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const at = fromZoneInput(measuredAt, zone);
    if (!at) {
      setServerErrors((e) => ({ ...e, measuredAt: 'Enter when the values were measured.' }));
      document.getElementById(fieldId('measuredAt'))?.focus();
      return;
    }
    const first = VITAL_FIELDS.find((f) => check.errors[f]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    if (check.empty) {
      setEmptyError('Enter at least one value.');
      document.getElementById(fieldId('systolic'))?.focus();
      return;
    }
    const body = {
      phase,
      measuredAt: at,
      ...Object.fromEntries(
        VITAL_FIELDS.flatMap((f) => (check.values[f] === null ? [] : [[f, check.values[f]]])),
      ),
    };
    add.mutate(body, {
      onSuccess: (saved) => {
        const flagged = saved?.flags?.length ?? check.flags.length;
        notifications.show({
          color: flagged ? 'orange' : 'teal',
          message: flagged
            ? `Vital signs saved with ${flagged === 1 ? 'a flag' : `${flagged} flags`}.`
            : 'Vital signs saved.',
        });
        setDraft(emptyVitals());
        setMeasuredAt(nowInput(zone));
        if (phase === 'baseline') setPhase('during');
      },
      onError: (error) => {
        const { fields, problem: p } = formErrorsFrom(error, LABELS, 'The vital signs were not saved');
        setServerErrors(fields);
        setProblem(p);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="vitals-form-heading">
      <Stack gap="sm" mt="md">
        <Title order={3} size="h5" id="vitals-form-heading">
          Add vital signs
        </Title>
        {problem && <FormProblemAlert problem={problem} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            id={fieldId('phase')}
            label={LABELS.phase}
            value={phase}
            onChange={(e) => setPhase(e.currentTarget.value as VitalPhase)}
            data={VITAL_PHASES.map((p) => ({ value: p, label: VITAL_PHASE_LABELS[p] }))}
            error={errors.phase}
          />
          <TextInput
            id={fieldId('measuredAt')}
            type="datetime-local"
            label={LABELS.measuredAt}
            value={measuredAt}
            onChange={(e) => {
              setMeasuredAt(e.currentTarget.value);
              if (serverErrors.measuredAt) setServerErrors(({ measuredAt: _, ...rest }) => rest);
            }}
            error={errors.measuredAt}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {VITAL_FIELDS.map((f) => {
            const flags = flagsOf(check.flags, f);
            return (
              <div key={f}>
                <TextInput
                  id={fieldId(f)}
                  label={`${VITAL_LABELS[f]} (${VITAL_UNITS[f]})`}
                  inputMode="numeric"
                  value={draft[f]}
                  onChange={(e) => setValue(f, e.currentTarget.value)}
                  error={errors[f] ?? (f === 'systolic' ? emptyError : null)}
                  {...(flags.length ? { 'aria-describedby': `${fieldId(f)}-flag` } : {})}
                />
                {flags.length > 0 && (
                  <Text id={`${fieldId(f)}-flag`} size="sm" fw={600} mt={4} role="status">
                    <Badge color="orange" variant="light" tt="none" mr={4} component="span">
                      Flag
                    </Badge>
                    {flags.join(' ')}
                  </Text>
                )}
              </div>
            );
          })}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            Save vital signs
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
