/**
 * Screening an enrolled client: the program modality's contraindication checklist (yes / no /
 * unknown per item), current medications, intake vital signs and notes. A hard stop answered "yes"
 * is shown in red with the words that it blocks dosing and why; cautions are named too. The
 * clinician decides eligibility afterwards, on the client's page.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Fieldset,
  Flex,
  Group,
  List,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DOSE_LIMITS } from '../../domain/dosing/dose.ts';
import { VITAL_BOUNDS } from '../../domain/dosing/vitals.ts';
import {
  type Checklist,
  type ChecklistItem,
  SCREENING_ANSWERS,
  type ScreeningAnswer,
} from '../../domain/screening/types.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { ClinicalHeader } from '../clients/ClinicalHeader.tsx';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError } from '../http/problem.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { fromZoneInput, nowInput, useOrgTimezone } from '../sessions/time.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type Medication, useChecklist, useEnrollment, useProgram, useRecordScreening } from './api.ts';
import { ANSWER_LABELS } from './labels.ts';
import { MedicationsFields } from './MedicationsFields.tsx';

const VITAL_INPUTS = [
  {
    key: 'systolic',
    label: 'Systolic BP (mmHg)',
    min: VITAL_BOUNDS.systolic.min,
    max: VITAL_BOUNDS.systolic.max,
    whole: true,
  },
  {
    key: 'diastolic',
    label: 'Diastolic BP (mmHg)',
    min: VITAL_BOUNDS.diastolic.min,
    max: VITAL_BOUNDS.diastolic.max,
    whole: true,
  },
  {
    key: 'heartRate',
    label: 'Heart rate (beats/min)',
    min: VITAL_BOUNDS.heartRate.min,
    max: VITAL_BOUNDS.heartRate.max,
    whole: true,
  },
  { key: 'spo2', label: 'SpO2 (%)', min: VITAL_BOUNDS.spo2.min, max: VITAL_BOUNDS.spo2.max, whole: true },
  {
    key: 'weightKg',
    label: 'Weight (kg)',
    min: DOSE_LIMITS.weightKg.min,
    max: DOSE_LIMITS.weightKg.max,
    whole: false,
  },
  { key: 'heightCm', label: 'Height (cm)', min: 40, max: 250, whole: false },
] as const;
type VitalKey = (typeof VITAL_INPUTS)[number]['key'];
type VitalDraft = Record<VitalKey, string>;

const itemId = (id: string) => `screening-item-${id}`;

/** A vital's text → number, null when blank, or an error sentence. */
function readVital(spec: (typeof VITAL_INPUTS)[number], text: string): number | null | string {
  const t = text.trim().replace(',', '.');
  if (!t) return null;
  const ok = spec.whole ? /^\d+$/.test(t) : /^\d+(\.\d+)?$/.test(t);
  if (!ok) return spec.whole ? 'Enter a whole number.' : 'Enter a number.';
  const n = Number(t);
  if (n < spec.min || n > spec.max)
    return `${n} is not possible here: enter a value between ${spec.min} and ${spec.max}.`;
  return n;
}

export function ScreeningPage() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  const program = useProgram(enrollment.data?.program.id ?? null);
  const modality = program.data?.modality ?? null;
  const checklist = useChecklist(modality);
  const { timezone, loading: zoneLoading } = useOrgTimezone();

  const failed = enrollment.error ?? program.error ?? checklist.error;
  if (failed && !(enrollment.data && program.data && checklist.data)) {
    if (failed instanceof ApiError && (failed.status === 404 || failed.status === 400) && !enrollment.data) {
      return (
        <NotFoundPage title="Enrollment not found" message="There is no enrollment with this address." />
      );
    }
    return (
      <>
        <PageHeader title="Screening" />
        <ErrorAlert error={failed} />
      </>
    );
  }
  if (!enrollment.data || !program.data || !checklist.data || zoneLoading)
    return <PageLoader label="Loading the checklist" />;
  return (
    <ScreeningForm
      enrollmentId={id}
      clientId={enrollment.data.client.id}
      clientName={enrollment.data.client.name}
      programName={enrollment.data.program.name}
      checklist={checklist.data}
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
  zone: string;
}

function ScreeningForm({ enrollmentId, clientId, clientName, programName, checklist, zone }: FormProps) {
  const navigate = useNavigate();
  const record = useRecordScreening(enrollmentId);
  const [answers, setAnswers] = useState<Record<string, ScreeningAnswer>>({});
  const [medications, setMedications] = useState<Medication[]>([]);
  const [vitals, setVitals] = useState<VitalDraft>({
    systolic: '',
    diastolic: '',
    heartRate: '',
    spo2: '',
    weightKg: '',
    heightCm: '',
  });
  const [measuredAt, setMeasuredAt] = useState(() => nowInput(zone));
  const [notes, setNotes] = useState('');
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const clientPath = `/clients/${encodeURIComponent(clientId)}`;

  const hardStops = checklist.items.filter((i) => i.severity === 'hard-stop' && answers[i.id] === 'yes');
  const cautions = checklist.items.filter((i) => i.severity === 'caution' && answers[i.id] === 'yes');
  const unanswered = checklist.items.filter((i) => !answers[i.id] || answers[i.id] === 'unknown');

  const vitalErrors: Partial<Record<VitalKey, string>> = {};
  const vitalValues: Partial<Record<VitalKey, number | null>> = {};
  for (const spec of VITAL_INPUTS) {
    const v = readVital(spec, vitals[spec.key]);
    if (typeof v === 'string') vitalErrors[spec.key] = v;
    else vitalValues[spec.key] = v;
  }
  const sys = vitalValues.systolic;
  const dia = vitalValues.diastolic;
  if (sys != null && dia != null && dia >= sys)
    vitalErrors.diastolic = `Diastolic (${dia}) must be lower than systolic (${sys}).`;

  const labels: Record<string, string> = {
    notes: 'Notes',
    'vitals.measuredAt': 'Measured at',
    ...Object.fromEntries(VITAL_INPUTS.map((v) => [`vitals.${v.key}`, v.label])),
    ...Object.fromEntries(checklist.items.map((i, n) => [`answers.${i.id}`, `Item ${n + 1}`])),
  };
  const errorOf = (field: string) => serverErrors[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const firstVital = VITAL_INPUTS.find((v) => vitalErrors[v.key]);
    if (firstVital) {
      document.getElementById(`screening-vitals-${firstVital.key}`)?.focus();
      return;
    }
    const at = fromZoneInput(measuredAt, zone);
    const anyVital = VITAL_INPUTS.some((v) => vitalValues[v.key] != null);
    record.mutate(
      {
        answers,
        medications: medications
          .map((m) => ({ name: m.name.trim(), dose: m.dose.trim(), frequency: m.frequency.trim() }))
          .filter((m) => m.name),
        vitals: {
          systolic: vitalValues.systolic ?? null,
          diastolic: vitalValues.diastolic ?? null,
          heartRate: vitalValues.heartRate ?? null,
          spo2: vitalValues.spo2 ?? null,
          weightKg: vitalValues.weightKg ?? null,
          heightCm: vitalValues.heightCm ?? null,
          measuredAt: anyVital && at ? at : null,
        },
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({
            color: hardStops.length ? 'red' : 'teal',
            message: hardStops.length
              ? `Screening saved for ${clientName}: ${hardStops.length} hard ${hardStops.length === 1 ? 'stop blocks' : 'stops block'} dosing.`
              : `Screening saved for ${clientName}. A clinician records the eligibility decision next.`,
          });
          navigate(clientPath);
        },
        onError: (error) => {
          const { fields, problem: p } = formErrorsFrom(error, labels, 'The screening was not saved');
          setServerErrors(fields as Record<string, string>);
          setProblem(p);
        },
      },
    );
  };

  return (
    <Stack gap={0} maw={900}>
      <Anchor component={Link} to={clientPath} size="sm" mb="xs">
        ← {clientName}
      </Anchor>
      <PageHeader title="Screening">
        <Text mt={4}>
          {clientName} · {programName} · {checklist.title} (version {checklist.version})
        </Text>
      </PageHeader>
      <ClinicalHeader clientId={clientId} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {problem && <FormProblemAlert problem={problem} />}
          <Fieldset legend="Contraindication checklist" styles={{ legend: { fontWeight: 700 } }}>
            <Text size="sm" mb="sm">
              Answer every item. “Unknown” leaves it open: a clinician can only decide “eligible” when every
              item is answered and no hard stop applies. Source: {checklist.source}
            </Text>
            <Stack gap="sm">
              {checklist.items.map((item, n) => (
                <ChecklistField
                  key={item.id}
                  item={item}
                  number={n + 1}
                  value={answers[item.id] ?? null}
                  error={errorOf(`answers.${item.id}`)}
                  onChange={(v) => setAnswers((a) => ({ ...a, [item.id]: v }))}
                />
              ))}
            </Stack>
          </Fieldset>
          <ScreeningSummaryBox hardStops={hardStops} cautions={cautions} unanswered={unanswered.length} />
          <Fieldset legend="Current medications" styles={{ legend: { fontWeight: 700 } }}>
            <MedicationsFields value={medications} onChange={setMedications} />
          </Fieldset>
          <Fieldset legend="Intake vital signs" styles={{ legend: { fontWeight: 700 } }}>
            <SimpleGrid cols={{ base: 2, sm: 3 }}>
              {VITAL_INPUTS.map((spec) => (
                <TextInput
                  key={spec.key}
                  id={`screening-vitals-${spec.key}`}
                  label={spec.label}
                  inputMode={spec.whole ? 'numeric' : 'decimal'}
                  value={vitals[spec.key]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setVitals((v) => ({ ...v, [spec.key]: value }));
                  }}
                  error={vitalErrors[spec.key] ?? errorOf(`vitals.${spec.key}`)}
                />
              ))}
            </SimpleGrid>
            <TextInput
              mt="sm"
              id="screening-vitals-measuredAt"
              type="datetime-local"
              label="Measured at"
              value={measuredAt}
              onChange={(e) => setMeasuredAt(e.currentTarget.value)}
              error={errorOf('vitals.measuredAt')}
              maw={320}
            />
          </Fieldset>
          <Textarea
            label="Notes"
            description="Anything the clinician should know for the eligibility decision."
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errorOf('notes')}
            autosize
            minRows={3}
          />
          <Group>
            <Button type="submit" loading={record.isPending}>
              Save screening
            </Button>
            <Button component={Link} to={clientPath} variant="default">
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function ChecklistField(props: {
  item: ChecklistItem;
  number: number;
  value: ScreeningAnswer | null;
  error?: string | undefined;
  onChange: (value: ScreeningAnswer) => void;
}) {
  const { item, number, value, error, onChange } = props;
  const fieldsetId = itemId(item.id);
  const hard = item.severity === 'hard-stop';
  const applies = value === 'yes';
  return (
    <Fieldset
      id={fieldsetId}
      p={{ base: 'sm', sm: 'md' }}
      styles={{
        root: applies && hard ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined,
        legend: { fontWeight: 600, maxWidth: '100%', whiteSpace: 'normal' },
      }}
      legend={
        <>
          {number}. {item.text}{' '}
          <Badge size="sm" variant="light" color={hard ? 'red' : 'yellow'} tt="none" component="span">
            {hard ? 'Hard stop' : 'Caution'}
          </Badge>
        </>
      }
    >
      {error && (
        <Text size="sm" c="red.9" fw={600} mb="xs">
          {error}
        </Text>
      )}
      <Flex direction={{ base: 'column', sm: 'row' }} gap={{ base: 'xs', sm: 'lg' }}>
        {SCREENING_ANSWERS.map((a) => (
          <Radio
            key={a}
            id={`${fieldsetId}-${a}`}
            name={fieldsetId}
            value={a}
            label={ANSWER_LABELS[a]}
            checked={value === a}
            onChange={() => onChange(a)}
            classNames={{ radio: 'threshold-radio' }}
          />
        ))}
      </Flex>
      {applies && hard && (
        <Text size="sm" c="red.9" fw={600} mt="xs" role="status">
          Hard stop: this blocks dosing. {item.guidance}
        </Text>
      )}
      {applies && !hard && (
        <Text size="sm" fw={600} mt="xs" role="status">
          Caution (does not block dosing on its own): {item.guidance}
        </Text>
      )}
    </Fieldset>
  );
}

/** What the answers so far mean for dosing. */
export function ScreeningSummaryBox(props: {
  hardStops: ChecklistItem[];
  cautions: ChecklistItem[];
  unanswered: number;
}) {
  const { hardStops, cautions, unanswered } = props;
  if (hardStops.length > 0) {
    return (
      <Alert
        color="red"
        title={`${hardStops.length} hard ${hardStops.length === 1 ? 'stop blocks' : 'stops block'} dosing`}
      >
        <Text size="sm" mb="xs">
          The client cannot be dosed while a hard stop applies; a clinician cannot decide “eligible”.
        </Text>
        <List size="sm">
          {hardStops.map((i) => (
            <List.Item key={i.id}>
              <strong>{i.text}</strong> {i.guidance}
            </List.Item>
          ))}
        </List>
        {cautions.length > 0 && (
          <Text size="sm" mt="xs">
            Cautions: {cautions.map((c) => c.text).join('; ')}.
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert
      color={unanswered ? 'blue' : 'teal'}
      title={
        unanswered
          ? `${unanswered} ${unanswered === 1 ? 'item is' : 'items are'} not answered yes or no`
          : 'No hard stop applies'
      }
    >
      {cautions.length > 0 ? (
        <List size="sm">
          {cautions.map((i) => (
            <List.Item key={i.id}>
              Caution: <strong>{i.text}</strong> {i.guidance}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">No caution applies so far.</Text>
      )}
    </Alert>
  );
}
