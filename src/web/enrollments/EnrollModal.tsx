/**
 * Enrolling a client in a program: the program, then its cohort (cohort programs) or the client's
 * start date (individual programs), and the arm when the program has arms. The server generates
 * the client's sessions; dosing sessions are held until the client is eligible and consented.
 */
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { CONDITION_LABELS, CONDITIONS, type Condition } from '../../domain/outcomes/conditions.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { useActivePrograms, useCohorts, useCreateEnrollment, useProgram } from './api.ts';

const LABELS = translatedLabels('enrollments:enroll.fields', [
  'programId',
  'cohortId',
  'startDate',
  'arm',
  'condition',
] as const);
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
    <Modal
      opened={opened}
      onClose={onClose}
      title={tKey('enrollments:enroll.title', { client: clientName })}
      size="lg"
    >
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
  const { t } = useT('enrollments');
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
    if (!programId) local.programId = t('enroll.missing.programId');
    else if (def) {
      if (cohortFormat && !cohortId) local.cohortId = t('enroll.missing.cohortId');
      if (!cohortFormat && !/^\d{4}-\d{2}-\d{2}$/.test(startDate))
        local.startDate = t('enroll.missing.startDate');
      if (arms.length > 0 && !arm) local.arm = t('enroll.missing.arm');
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
            message: t('enroll.enrolled', { client: clientName, program: def.name }),
          });
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setProblem({ title: error.title, messages: [error.detail ?? t('enroll.cannotEnroll')] });
            return;
          }
          const { fields, problem: p } = formErrorsFrom(error, LABELS, t('enroll.notEnrolled'));
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
        {programs.data && items.length === 0 && <Text>{t('enroll.noPrograms')}</Text>}
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
            { value: '', label: programs.data ? t('enroll.choose') : t('enroll.loadingPrograms') },
            ...items.map((p) => ({
              value: p.id,
              label: t('enroll.programOption', { name: p.name, version: p.currentVersion }),
            })),
          ]}
          {...requiredField}
        />
        {programId && program.isError && <ErrorAlert error={program.error} />}
        {def && cohortFormat && (
          <NativeSelect
            id={fieldId('cohortId')}
            label={LABELS.cohortId}
            description={t('enroll.cohortHint')}
            value={cohortId}
            onChange={(e) => {
              setCohortId(e.currentTarget.value);
              clear('cohortId');
            }}
            error={
              errors.cohortId ??
              (cohorts.data && openCohorts.length === 0 ? t('enroll.noOpenCohort') : undefined)
            }
            disabled={!cohorts.data}
            data={[
              { value: '', label: cohorts.data ? t('enroll.choose') : t('enroll.loadingCohorts') },
              ...openCohorts.map((c) => ({
                value: c.id,
                label: t('enroll.cohortOption', {
                  name: c.name,
                  date: formatDate(c.startDate),
                  enrolled: c.enrolled,
                  capacity: c.capacity,
                }),
                disabled: c.enrolled >= c.capacity,
              })),
            ]}
            {...requiredField}
          />
        )}
        {def && !cohortFormat && (
          <DateField
            id={fieldId('startDate')}
            label={LABELS.startDate}
            description={t('enroll.startHint')}
            value={startDate}
            onChange={(value) => {
              setStartDate(value);
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
            data={[
              { value: '', label: t('enroll.choose') },
              ...arms.map((a) => ({ value: a.key, label: a.name })),
            ]}
            {...requiredField}
          />
        )}
        {def && (
          <NativeSelect
            id={fieldId('condition')}
            label={LABELS.condition}
            description={t('enroll.conditionHint')}
            value={condition}
            onChange={(e) => setCondition(e.currentTarget.value)}
            error={errors.condition}
            data={[
              { value: '', label: t('enroll.notRecorded') },
              ...CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] })),
            ]}
          />
        )}
        {def && <Text size="sm">{t('enroll.startsReferred')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            {t('common:cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!programs.data || (Boolean(programId) && !def)}
          >
            {t('enroll.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
