/**
 * Step 2 of the dosing day: the dose. Substance, dose in mg, body weight (mg/kg shown as it is
 * typed and compared with the program's plan), route, lot number and start. A dose at twice the
 * planned mg/kg or more shows a red warning and needs a confirmation with a reason; the server
 * enforces the same rule, the clearance and the baseline blood pressure, and its reasons are shown.
 */

import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CONFIRMATION_REASON_MAX_LENGTH } from '../../domain/dosing/dose-plan.ts';
import { ROUTES, type Route } from '../../domain/programs/types.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { type ClearanceCode, clearanceReasons } from '../enrollments/clearance-text.ts';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { fromZoneInput, nowInput } from '../sessions/time.ts';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { decimalInput, formatNumber } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { type DosingDay, useCreateDosingRecord } from './api.ts';
import { doseWarning } from './dose-warning.ts';
import { checkDose, DOSE_LABELS, type DoseDraft, type DoseField } from './drafts.ts';
import { useLots } from './lots-api.ts';
import { MgPerKg } from './MgPerKg.tsx';
import { emptyProduct, isTruffles, ProductFields, truffleMg } from './ProductFields.tsx';

const isRoute = (value: string): value is Route => (ROUTES as readonly string[]).includes(value);
type Field = DoseField | 'doseConfirmation' | 'baseline';
const LABELS: Record<Field, string> = Object.defineProperties({} as Record<Field, string>, {
  ...Object.getOwnPropertyDescriptors(DOSE_LABELS),
  doseConfirmation: { enumerable: true, get: () => tKey('dosing:dose.confirmation') },
  baseline: { enumerable: true, get: () => tKey('dosing:dose.baseline') },
});
const fieldId = (f: Field) => `dose-${f}`;
const ORDER: DoseField[] = ['substance', 'doseMg', 'weightKg', 'route', 'lotNumber', 'startedAt'];

export function DoseForm(props: {
  day: DosingDay;
  attendeeName: string;
  intakeWeightKg: number | null;
  zone: string;
  cancelPath: string;
}) {
  const { day, attendeeName, intakeWeightKg, zone, cancelPath } = props;
  const { t } = useT('dosing');
  const navigate = useNavigate();
  const create = useCreateDosingRecord(day.sessionId);
  const plan = day.plannedDose;
  const [draft, setDraft] = useState<DoseDraft>(() => ({
    substance: plan?.substance ?? '',
    doseMg: '',
    weightKg: intakeWeightKg !== null ? decimalInput(intakeWeightKg) : '',
    route: plan?.route ?? '',
    lotNumber: '',
    startedAt: nowInput(zone),
  }));
  useEffect(() => {
    if (intakeWeightKg !== null)
      setDraft((d) => (d.weightKg ? d : { ...d, weightKg: decimalInput(intakeWeightKg) }));
  }, [intakeWeightKg]);
  const [product, setProduct] = useState(emptyProduct);
  const lots = useLots().data?.items ?? [];
  const truffles = isTruffles(product) ? truffleMg(product, lots) : null;
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);

  // A truffle dose's mg is computed from the lot's assay; the checks read it like a typed dose.
  const effective = truffles ? { ...draft, doseMg: truffles.mg === null ? '' : String(truffles.mg) } : draft;
  const check = checkDose(effective, touched);
  const warning = doseWarning(check.doseMg, check.weightKg, plan?.mgPerKg ?? null);
  const errors: Partial<Record<Field, string>> = { ...serverErrors, ...check.errors };

  const set = (field: keyof DoseDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (serverErrors[field]) setServerErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setProblem(null);
    setReasons([]);
    const full = checkDose(effective, true);
    if (truffles && truffles.mg === null) {
      setServerErrors({ doseMg: truffles.message ?? t('product.chooseLot') });
      return;
    }
    const startedAt = fromZoneInput(draft.startedAt, zone);
    const local: Partial<Record<Field, string>> = { ...full.errors };
    if (draft.startedAt && !startedAt) local.startedAt = t('dose.validTime');
    if (!isRoute(draft.route)) local.route = t('dose.chooseRoute');
    if (warning.kind === 'needs-weight') local.weightKg = warning.message;
    if (warning.kind === 'confirm' && !reason.trim()) local.doseConfirmation = t('dose.giveReason');
    const first = [...ORDER, 'doseConfirmation' as const].find((f) => local[f]);
    if (first || !isRoute(draft.route)) {
      setServerErrors(local);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    create.mutate(
      {
        enrollmentId: day.enrollmentId,
        substance: draft.substance.trim(),
        substanceKind: product.kind || null,
        lotId: product.lotId || null,
        ...(truffles
          ? { truffles: { grams: Number(product.grams.trim().replace(',', '.')), basis: product.basis } }
          : { doseMg: full.doseMg! }),
        weightKg: full.weightKg,
        route: draft.route as Route,
        lotNumber: product.lotId ? null : draft.lotNumber.trim() || null,
        startedAt,
        ...(warning.kind === 'confirm' ? { doseConfirmation: { reason: reason.trim() } } : {}),
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('dose.recorded', { name: attendeeName }) });
          navigate(`/dosing-records/${encodeURIComponent(saved.id)}`);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409 && Array.isArray(error.extra.reasons)) {
            const english = error.extra.reasons.filter((x): x is string => typeof x === 'string');
            const codes = Array.isArray(error.extra.codes)
              ? (error.extra.codes as ClearanceCode[])
              : undefined;
            setReasons(clearanceReasons({ reasons: english, ...(codes ? { codes } : {}) }));
            setProblem({ title: error.title, messages: [error.detail ?? t('dose.cannotRecord')] });
            return;
          }
          const { fields, problem: p } = formErrorsFrom(error, LABELS, t('dose.notRecorded'));
          setServerErrors(fields);
          setProblem(
            error instanceof ApiError && error.status === 409 && error.detail
              ? { title: error.title, messages: [error.detail] }
              : p,
          );
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="dose-heading">
      <Stack gap="md">
        {problem && <FormProblemAlert problem={problem} />}
        {reasons.length > 0 && (
          <Alert color="red" title={t('dose.notCleared')}>
            <List size="sm">
              {reasons.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Text size="sm">{t('dose.requiredNote')}</Text>
        <ProductFields value={product} onChange={setProduct} errors={{}} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={fieldId('substance')}
            label={LABELS.substance}
            value={draft.substance}
            onChange={(e) => set('substance', e.currentTarget.value)}
            error={errors.substance}
            maxLength={100}
            {...requiredField}
          />
          <NativeSelect
            id={fieldId('route')}
            label={LABELS.route}
            value={draft.route}
            onChange={(e) => set('route', e.currentTarget.value)}
            error={errors.route}
            data={[
              ...(draft.route ? [] : [{ value: '', label: t('dose.choose') }]),
              ...ROUTES.map((r) => ({ value: r, label: r })),
            ]}
            {...requiredField}
          />
          {truffles ? (
            <Text id={fieldId('doseMg')} size="sm" c={errors.doseMg ? 'red' : undefined}>
              {errors.doseMg ?? truffles.message ?? ''}
            </Text>
          ) : (
            <TextInput
              id={fieldId('doseMg')}
              label={LABELS.doseMg}
              inputMode="decimal"
              value={draft.doseMg}
              onChange={(e) => set('doseMg', e.currentTarget.value)}
              error={errors.doseMg}
              {...requiredField}
            />
          )}
          <TextInput
            id={fieldId('weightKg')}
            label={LABELS.weightKg}
            inputMode="decimal"
            value={draft.weightKg}
            onChange={(e) => set('weightKg', e.currentTarget.value)}
            error={errors.weightKg}
            description={
              intakeWeightKg !== null
                ? t('dose.intakeWeight', { weight: formatNumber(intakeWeightKg) })
                : t('dose.weightNeeded')
            }
          />
        </SimpleGrid>
        <MgPerKg value={check.mgPerKg} />
        {plan?.mgPerKg != null && warning.kind !== 'confirm' && (
          <Text size="sm">
            {warning.kind === 'plain'
              ? warning.message
              : t('dose.plans', { value: formatNumber(plan.mgPerKg) })}
          </Text>
        )}
        {warning.kind === 'confirm' && (
          <Alert color="red" variant="filled" title={t('dose.farAbove')} role="alert">
            <Stack gap="xs">
              <Text size="sm">{warning.message}</Text>
              <Textarea
                id={fieldId('doseConfirmation')}
                label={t('dose.confirmLabel')}
                description={t('dose.confirmHint')}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  if (serverErrors.doseConfirmation)
                    setServerErrors(({ doseConfirmation: _, ...rest }) => rest);
                }}
                error={errors.doseConfirmation}
                maxLength={CONFIRMATION_REASON_MAX_LENGTH}
                autosize
                minRows={2}
                styles={{ label: { color: 'white' }, description: { color: 'white' } }}
              />
            </Stack>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={fieldId('lotNumber')}
            label={LABELS.lotNumber}
            value={draft.lotNumber}
            onChange={(e) => set('lotNumber', e.currentTarget.value)}
            error={errors.lotNumber}
            maxLength={100}
          />
          <DateTimeField
            zone={zone}
            id={fieldId('startedAt')}
            label={LABELS.startedAt}
            value={draft.startedAt}
            onChange={(value) => set('startedAt', value)}
            error={errors.startedAt}
            {...requiredField}
          />
        </SimpleGrid>
        <Group>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!day.gate.allowed || !day.clearance.cleared}
          >
            {warning.kind === 'confirm' ? t('dose.confirmSave') : t('dose.save')}
          </Button>
          <Button component={Link} to={cancelPath} variant="default">
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
