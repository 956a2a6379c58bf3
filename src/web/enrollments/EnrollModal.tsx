/**
 * Enrolling a client in a program: the program, then its cohort (cohort programs) or the client's
 * start date (individual programs), and the arm when the program has arms. The server generates
 * the client's sessions; dosing sessions are held until the client is eligible and consented.
 */
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { CONDITION_LABELS, CONDITIONS, type Condition } from '../../domain/outcomes/conditions.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError } from '../http/problem.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { useActivePrograms, useCohorts, useCreateEnrollment, useProgram } from './api.ts';

const LABELS = {
  programId: 'Program',
  cohortId: 'Cohort',
  startDate: 'Start date (day 0)',
  arm: 'Arm',
  condition: 'Condition treated (optional)',
} as const;
type Field = keyof typeof LABELS;
const ORDER = Object.keys(LABELS) as Field[];
const fieldId = (f: Field) => `enroll-${f}`;

interface Props {
  clientId: string;
  clientName: string;
  opened: boolean;
  onClose: () => void;
}

export function EnrollModal({ clientId, clientName, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Enroll ${clientName} in a program`} size="lg">
      {opened && <EnrollForm clientId={clientId} clientName={clientName} onDone={onClose} />}
    </Modal>
  );
}

function EnrollForm({
  clientId,
  clientName,
  onDone,
}: {
  clientId: string;
  clientName: string;
  onDone: () => void;
}) {
  const programs = useActivePrograms();
  const [programId, setProgramId] = useState('');
  const [cohortId, setCohortId] = useState('');
  const [startDate, setStartDate] = useState('');
  const [arm, setArm] = useState('');
  const [condition, setCondition] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const program = useProgram(programId || null);
  const def = program.data?.id === programId ? program.data : undefined;
  const cohortFormat = def?.format === 'cohort';
  const cohorts = useCohorts(cohortFormat ? programId : null);
  const create = useCreateEnrollment();
  const arms = def?.definition.arms ?? [];
  const openCohorts = (cohorts.data?.items ?? []).filter((c) => !c.cancelledAt);

  const clear = (f: Field) => {
    if (errors[f]) setErrors(({ [f]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Partial<Record<Field, string>> = {};
    if (!programId) local.programId = 'Choose a program.';
    else if (def) {
      if (cohortFormat && !cohortId) local.cohortId = 'Choose the cohort the client joins.';
      if (!cohortFormat && !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) local.startDate = 'Enter the start date.';
      if (arms.length > 0 && !arm) local.arm = 'Choose the arm.';
    }
    setErrors(local);
    const first = ORDER.find((f) => local[f]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    if (!def) return;
    create.mutate(
      {
        clientId,
        programId,
        ...(cohortFormat ? { cohortId } : { startDate }),
        ...(arms.length ? { arm } : {}),
        ...(condition ? { condition: condition as Condition } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: `${clientName} is enrolled in ${def.name} (referred).`,
          });
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setProblem({ title: error.title, messages: [error.detail ?? 'The client cannot be enrolled.'] });
            return;
          }
          const { fields, problem: p } = formErrorsFrom(error, LABELS, 'The client was not enrolled');
          setErrors(fields);
          setProblem(p);
        },
      },
    );
  };

  if (programs.isError) return <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />;
  const items = programs.data?.items ?? [];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && <FormProblemAlert problem={problem} />}
        {programs.data && items.length === 0 && (
          <Text>There is no active program yet. A clinical lead creates programs on the Programs page.</Text>
        )}
        <NativeSelect
          id={fieldId('programId')}
          label={LABELS.programId}
          value={programId}
          onChange={(e) => {
            setProgramId(e.currentTarget.value);
            setCohortId('');
            setArm('');
            clear('programId');
          }}
          error={errors.programId}
          disabled={!programs.data}
          data={[
            { value: '', label: programs.data ? 'Choose…' : 'Loading programs…' },
            ...items.map((p) => ({ value: p.id, label: `${p.name} (version ${p.currentVersion})` })),
          ]}
          {...requiredField}
        />
        {programId && program.isError && <ErrorAlert error={program.error} />}
        {def && cohortFormat && (
          <NativeSelect
            id={fieldId('cohortId')}
            label={LABELS.cohortId}
            description="Clients of a cohort program start together; the cohort's group sessions are booked too."
            value={cohortId}
            onChange={(e) => {
              setCohortId(e.currentTarget.value);
              clear('cohortId');
            }}
            error={
              errors.cohortId ??
              (cohorts.data && openCohorts.length === 0 ? 'This program has no open cohort yet.' : undefined)
            }
            disabled={!cohorts.data}
            data={[
              { value: '', label: cohorts.data ? 'Choose…' : 'Loading cohorts…' },
              ...openCohorts.map((c) => ({
                value: c.id,
                label: `${c.name}, from ${formatDate(c.startDate)} (${c.enrolled} of ${c.capacity} places taken)`,
                disabled: c.enrolled >= c.capacity,
              })),
            ]}
            {...requiredField}
          />
        )}
        {def && !cohortFormat && (
          <TextInput
            id={fieldId('startDate')}
            type="date"
            label={LABELS.startDate}
            description="The client's sessions are planned from this date."
            value={startDate}
            onChange={(e) => {
              setStartDate(e.currentTarget.value);
              clear('startDate');
            }}
            error={errors.startDate}
            {...requiredField}
          />
        )}
        {def && arms.length > 0 && (
          <NativeSelect
            id={fieldId('arm')}
            label={LABELS.arm}
            value={arm}
            onChange={(e) => {
              setArm(e.currentTarget.value);
              clear('arm');
            }}
            error={errors.arm}
            data={[{ value: '', label: 'Choose…' }, ...arms.map((a) => ({ value: a.key, label: a.name }))]}
            {...requiredField}
          />
        )}
        {def && (
          <NativeSelect
            id={fieldId('condition')}
            label={LABELS.condition}
            description="Used to compare outcomes between conditions."
            value={condition}
            onChange={(e) => setCondition(e.currentTarget.value)}
            error={errors.condition}
            data={[
              { value: '', label: 'Not recorded' },
              ...CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] })),
            ]}
          />
        )}
        {def && (
          <Text size="sm">
            The client starts as “referred”. Their sessions are planned now; dosing sessions are held until a
            clinician decides they are eligible and consent is recorded.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!programs.data || (Boolean(programId) && !def)}
          >
            Enroll
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
