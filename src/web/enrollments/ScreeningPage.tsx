/**
 * Screening an enrolled client: the program modality's contraindication checklist (yes / no /
 * unknown per item), current medications, intake vital signs and notes. A hard stop answered "yes"
 * is shown in red with the words that it blocks dosing and why; cautions are named too. The form
 * is kept as a draft on the server while it is filled in (a reload or another desk continues it)
 * and a new screening starts from the last one. The clinician decides eligibility afterwards.
 */

import { Anchor, Button, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Checklist } from '../../domain/screening/types.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { ClinicalHeader } from '../clients/ClinicalHeader.tsx';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { fromZoneInput, nowInput, useOrgTimezone } from '../sessions/time.ts';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useSingleFlight } from '../ui/single-flight.ts';
import {
  type Screening,
  type ScreeningDraft,
  useChecklist,
  useDiscardScreeningDraft,
  useEnrollment,
  useProgram,
  useRecordScreening,
  useScreeningDraft,
} from './api.ts';
import { ChecklistFieldset, ScreeningSummaryBox } from './ChecklistField.tsx';
import { checklistTitle, itemText } from './checklist-text.ts';
import { IntakeVitalsFields, readVitals, VITAL_INPUTS, vitalLabel } from './IntakeVitalsFields.tsx';
import { MedicationsFields } from './MedicationsFields.tsx';
import { DraftNotice, DraftStatusText } from './ScreeningDraftNotice.tsx';
import {
  type ScreeningFormState,
  startingState,
  toScreeningCreate,
  useDraftAutosave,
} from './screening-draft.ts';

export function ScreeningPage() {
  const { id = '' } = useParams();
  const { t } = useT('enrollments');
  const enrollment = useEnrollment(id);
  const program = useProgram(enrollment.data?.program.id ?? null);
  const modality = program.data?.modality ?? null;
  const checklist = useChecklist(modality);
  const draft = useScreeningDraft(id);
  const { timezone, loading: zoneLoading } = useOrgTimezone();

  const failed = enrollment.error ?? program.error ?? checklist.error ?? draft.error;
  if (failed && !(enrollment.data && program.data && checklist.data && draft.data)) {
    if (failed instanceof ApiError && (failed.status === 404 || failed.status === 400) && !enrollment.data) {
      return (
        <NotFoundPage title={t('screeningForm.notFoundTitle')} message={t('screeningForm.notFoundBody')} />
      );
    }
    return (
      <>
        <PageHeader title={t('screeningForm.title')} />
        <ErrorAlert error={failed} />
      </>
    );
  }
  if (!enrollment.data || !program.data || !checklist.data || !draft.data || zoneLoading)
    return <PageLoader label={t('screeningForm.loading')} />;
  return (
    <ScreeningForm
      enrollmentId={id}
      clientId={enrollment.data.client.id}
      clientName={enrollment.data.client.name}
      programName={enrollment.data.program.name}
      checklist={checklist.data}
      draft={draft.data}
      screenings={enrollment.data.screenings}
      zone={timezone}
    />
  );
}

interface FormProps {
  enrollmentId: string;
  clientId: string;
  clientName: string;
  programName: string;
  checklist: Checklist;
  draft: ScreeningDraft;
  screenings: Screening[];
  zone: string;
}

function ScreeningForm(props: FormProps) {
  const { enrollmentId, clientId, clientName, programName, checklist, zone } = props;
  const { t } = useT('enrollments');
  const navigate = useNavigate();
  const record = useRecordScreening(enrollmentId);
  const discard = useDiscardScreeningDraft(enrollmentId);
  const flight = useSingleFlight();
  const [start, setStart] = useState(() =>
    startingState(props.draft, props.screenings, checklist, nowInput(zone)),
  );
  const [form, setForm] = useState<ScreeningFormState>(start.state);
  const autosave = useDraftAutosave(enrollmentId, form);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const clientPath = `/clients/${encodeURIComponent(clientId)}`;
  const set = (patch: Partial<ScreeningFormState>) => setForm((f) => ({ ...f, ...patch }));

  const { answers } = form;
  const hardStops = checklist.items.filter((i) => i.severity === 'hard-stop' && answers[i.id] === 'yes');
  const cautions = checklist.items.filter((i) => i.severity === 'caution' && answers[i.id] === 'yes');
  const unanswered = checklist.items.filter((i) => !answers[i.id] || answers[i.id] === 'unknown');
  const vitals = readVitals(form.vitals, form.confirmUnusual);

  const labels: Record<string, string> = {
    notes: t('screeningForm.notes'),
    'vitals.measuredAt': t('screeningForm.measuredAt'),
    ...Object.fromEntries(VITAL_INPUTS.map((v) => [`vitals.${v.key}`, vitalLabel(v.key)])),
    ...Object.fromEntries(
      checklist.items.map((i, n) => [`answers.${i.id}`, t('screeningForm.item', { number: n + 1 })]),
    ),
  };
  const errorOf = (field: string) => serverErrors[field];

  const startOver = () => {
    discard.mutate();
    const fresh = startingState(
      { draft: null, updatedAt: null, updatedBy: null },
      [],
      checklist,
      nowInput(zone),
    );
    setStart({ state: fresh.state, from: { kind: 'new' } });
    setForm(fresh.state);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const firstVital = VITAL_INPUTS.find((v) => vitals.errors[v.key]);
    if (firstVital) {
      document.getElementById(`screening-vitals-${firstVital.key}`)?.focus();
      return;
    }
    if (!flight.begin()) return;
    autosave.stop();
    record.mutate(toScreeningCreate(form, vitals, fromZoneInput(form.measuredAt, zone)), {
      onSettled: flight.end,
      onSuccess: () => {
        notifications.show({
          color: hardStops.length ? 'red' : 'teal',
          message: hardStops.length
            ? t('screeningForm.savedHardStop', {
                name: clientName,
                items: hardStops.map((h) => itemText(checklist.version, h)).join('; '),
              })
            : t('screeningForm.saved', { name: clientName }),
        });
        navigate(clientPath);
      },
      onError: (error) => {
        autosave.resume();
        const { fields, problem: p } = formErrorsFrom(error, labels, t('screeningForm.notSaved'));
        setServerErrors(fields as Record<string, string>);
        setProblem(p);
      },
    });
  };

  return (
    <Stack gap={0} maw={900}>
      <Anchor component={Link} to={clientPath} size="sm" mb="xs">
        ← {clientName}
      </Anchor>
      <PageHeader title={t('screeningForm.title')}>
        <Text mt={4}>
          {t('screeningForm.subtitle', {
            client: clientName,
            program: programName,
            checklist: checklistTitle(checklist.version, checklist.title),
            version: checklist.version,
          })}
        </Text>
      </PageHeader>
      <ClinicalHeader clientId={clientId} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <DraftNotice from={start.from} zone={zone} onStartOver={startOver} />
          {problem && <FormProblemAlert problem={problem} />}
          <ChecklistFieldset
            checklist={checklist}
            answers={answers}
            errorOf={errorOf}
            onAnswer={(id, a) => setForm((f) => ({ ...f, answers: { ...f.answers, [id]: a } }))}
          />
          <ScreeningSummaryBox
            version={checklist.version}
            hardStops={hardStops}
            cautions={cautions}
            unanswered={unanswered.length}
          />
          <Fieldset legend={t('screeningForm.medications')} styles={{ legend: { fontWeight: 700 } }}>
            <MedicationsFields value={form.medications} onChange={(medications) => set({ medications })} />
          </Fieldset>
          <IntakeVitalsFields
            value={form.vitals}
            onChange={(v) => set({ vitals: v })}
            read={vitals}
            confirmed={form.confirmUnusual}
            onConfirm={(confirmUnusual) => set({ confirmUnusual })}
            serverError={errorOf}
          >
            <DateTimeField
              zone={zone}
              mt="sm"
              id="screening-vitals-measuredAt"
              label={t('screeningForm.measuredAt')}
              value={form.measuredAt}
              onChange={(value) => set({ measuredAt: value })}
              error={errorOf('vitals.measuredAt')}
              maw={320}
            />
          </IntakeVitalsFields>
          <Textarea
            label={t('screeningForm.notes')}
            description={t('screeningForm.notesHint')}
            value={form.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
            error={errorOf('notes')}
            autosize
            minRows={3}
          />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('screeningForm.save')}
            </Button>
            <Button component={Link} to={clientPath} variant="default">
              {t('common:cancel')}
            </Button>
            <DraftStatusText status={autosave.status} zone={zone} />
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
