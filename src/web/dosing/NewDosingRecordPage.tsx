/**
 * Recording a dose for one attendee of a dosing session: substance, dose in mg, body weight (mg/kg
 * shown as it is typed), route, lot number and start. The server refuses it (409, with the reasons)
 * unless the client is cleared for dosing; the reasons are shown.
 */
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ROUTES, type Route } from '../../domain/programs/types.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { useEnrollment } from '../enrollments/api.ts';
import { ApiError } from '../http/problem.ts';
import { useProgramSession } from '../sessions/api.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { formatSessionWhen } from '../sessions/labels.ts';
import { fromZoneInput, nowInput, useOrgTimezone } from '../sessions/time.ts';
import { ZoneNote } from '../sessions/ZoneNote.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { requiredField } from '../ui/required.ts';
import { useCreateDosingRecord } from './api.ts';
import { checkDose, DOSE_LABELS, type DoseDraft, type DoseField } from './drafts.ts';
import { MgPerKg } from './MgPerKg.tsx';

const isRoute = (value: string): value is Route => (ROUTES as readonly string[]).includes(value);

const fieldId = (f: DoseField) => `dose-${f}`;
const ORDER: DoseField[] = ['substance', 'doseMg', 'weightKg', 'route', 'lotNumber', 'startedAt'];

export function NewDosingRecordPage() {
  const { id = '', enrollmentId = '' } = useParams();
  const navigate = useNavigate();
  const session = useProgramSession(id);
  const enrollment = useEnrollment(enrollmentId);
  const create = useCreateDosingRecord(id);
  const { timezone, loading: zoneLoading } = useOrgTimezone();
  const [draft, setDraft] = useState<DoseDraft>(() => ({
    substance: '',
    doseMg: '',
    weightKg: '',
    route: '',
    lotNumber: '',
    startedAt: '',
  }));
  // The start defaults to now, in the organization's zone once that is known.
  useEffect(() => {
    if (!zoneLoading) setDraft((d) => (d.startedAt ? d : { ...d, startedAt: nowInput(timezone) }));
  }, [zoneLoading, timezone]);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<DoseField, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);

  const plan = session.data?.plannedDose ?? null;
  const screenings = enrollment.data?.screenings ?? [];
  const intake = [...screenings].reverse().find((s) => s.vitals?.weightKg != null) ?? null;

  // Fill in what the plan and the intake screening already know, once they arrive.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the values, not the objects, matter
  useEffect(() => {
    if (!plan && !intake) return;
    setDraft((d) => ({
      ...d,
      substance: d.substance || plan?.substance || '',
      route: d.route || plan?.route || '',
      weightKg: d.weightKg || (intake?.vitals.weightKg != null ? String(intake.vitals.weightKg) : ''),
    }));
  }, [plan?.substance, plan?.route, intake?.vitals.weightKg]);

  if (session.isError && !session.data) {
    if (session.error instanceof ApiError && (session.error.status === 404 || session.error.status === 400)) {
      return <NotFoundPage title="Session not found" message="There is no session with this address." />;
    }
    return (
      <>
        <PageHeader title="Record dosing" />
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </>
    );
  }
  if (!session.data || zoneLoading) return <PageLoader label="Loading session" />;

  const s = session.data;
  const attendee = s.attendees.find((a) => a.enrollmentId === enrollmentId);
  const sessionPath = `/sessions/${encodeURIComponent(s.id)}`;
  if (!attendee) {
    return (
      <NotFoundPage
        title="Not an attendee"
        message="This client is not booked on this session. Open the session to choose an attendee."
      />
    );
  }

  const check = checkDose(draft, touched);
  const errors: Partial<Record<DoseField, string>> = { ...serverErrors, ...check.errors };

  const set = (field: keyof DoseDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (serverErrors[field]) setServerErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setProblem(null);
    setReasons([]);
    const full = checkDose(draft, true);
    const startedAt = fromZoneInput(draft.startedAt, timezone);
    const local = { ...full.errors };
    if (draft.startedAt && !startedAt) local.startedAt = 'Enter a valid date and time.';
    if (!isRoute(draft.route)) local.route = 'Choose the route.';
    const first = ORDER.find((f) => local[f]);
    if (first || !isRoute(draft.route)) {
      setServerErrors(local);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    create.mutate(
      {
        enrollmentId,
        substance: draft.substance.trim(),
        doseMg: full.doseMg!,
        weightKg: full.weightKg,
        route: draft.route,
        lotNumber: draft.lotNumber.trim() || null,
        startedAt,
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `Dosing recorded for ${attendee.name}.` });
          navigate(`/dosing-records/${encodeURIComponent(saved.id)}`);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            const r = error.extra.reasons;
            setReasons(Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : []);
            setProblem({ title: error.title, messages: [error.detail ?? 'Dosing cannot be recorded.'] });
            return;
          }
          const { fields, problem: p } = formErrorsFrom(error, DOSE_LABELS, 'Dosing was not recorded');
          setServerErrors(fields);
          setProblem(p);
        },
      },
    );
  };

  const plannedMg =
    plan?.mgPerKg != null && check.weightKg !== null
      ? Math.round(plan.mgPerKg * check.weightKg * 10) / 10
      : null;

  return (
    <Stack gap={0} maw={800}>
      <Anchor component={Link} to={sessionPath} size="sm" mb="xs">
        ← {s.name}
      </Anchor>
      <PageHeader title="Record dosing">
        <Text mt={4}>
          {attendee.name} · {s.name}, {formatSessionWhen(s.startsAt, s.endsAt, timezone)}
        </Text>
        <ZoneNote zone={timezone} />
      </PageHeader>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && <FormProblemAlert problem={problem} />}
          {reasons.length > 0 && (
            <Alert color="red" title="Not cleared for dosing">
              <List size="sm">
                {reasons.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {attendee.booking === 'held' && (
            <Alert color="orange" title="This booking is held">
              {enrollment.data?.clearance.reasons.join(' ') ||
                'The client is not yet cleared for dosing; the server will refuse the record.'}
            </Alert>
          )}
          <Text size="sm">Fields marked * are required.</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id={fieldId('substance')}
              label={DOSE_LABELS.substance}
              value={draft.substance}
              onChange={(e) => set('substance', e.currentTarget.value)}
              error={errors.substance}
              maxLength={100}
              {...requiredField}
            />
            <NativeSelect
              id={fieldId('route')}
              label={DOSE_LABELS.route}
              value={draft.route}
              onChange={(e) => set('route', e.currentTarget.value)}
              error={errors.route}
              data={[
                ...(draft.route ? [] : [{ value: '', label: 'Choose…' }]),
                ...ROUTES.map((r) => ({ value: r, label: r })),
              ]}
              {...requiredField}
            />
            <TextInput
              id={fieldId('doseMg')}
              label={DOSE_LABELS.doseMg}
              inputMode="decimal"
              value={draft.doseMg}
              onChange={(e) => set('doseMg', e.currentTarget.value)}
              error={errors.doseMg}
              {...requiredField}
            />
            <TextInput
              id={fieldId('weightKg')}
              label={DOSE_LABELS.weightKg}
              inputMode="decimal"
              value={draft.weightKg}
              onChange={(e) => set('weightKg', e.currentTarget.value)}
              error={errors.weightKg}
              description={
                intake?.vitals.weightKg != null
                  ? `Intake screening (${formatDate(intake.recordedAt.slice(0, 10))}): ${intake.vitals.weightKg} kg. Weigh again if it may have changed.`
                  : 'Needed to compute mg/kg.'
              }
            />
          </SimpleGrid>
          <MgPerKg value={check.mgPerKg} />
          {plan?.mgPerKg != null && (
            <Text size="sm">
              The program plans {plan.mgPerKg} mg/kg
              {plannedMg !== null ? `: ${plannedMg} mg at ${check.weightKg} kg.` : '.'}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id={fieldId('lotNumber')}
              label={DOSE_LABELS.lotNumber}
              value={draft.lotNumber}
              onChange={(e) => set('lotNumber', e.currentTarget.value)}
              error={errors.lotNumber}
              maxLength={100}
            />
            <TextInput
              id={fieldId('startedAt')}
              type="datetime-local"
              label={DOSE_LABELS.startedAt}
              value={draft.startedAt}
              onChange={(e) => set('startedAt', e.currentTarget.value)}
              error={errors.startedAt}
              {...requiredField}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              Save dosing record
            </Button>
            <Button component={Link} to={sessionPath} variant="default">
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
