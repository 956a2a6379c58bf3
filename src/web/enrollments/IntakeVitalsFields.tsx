/**
 * Intake vital signs as typed: each checked while typing against what is physically possible, and
 * a resting blood pressure beyond the plausible range (src/domain/screening/blood-pressure.ts)
 * flagged at once, to be re-measured or confirmed.
 */

import { Checkbox, Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { DOSE_LIMITS } from '../../domain/dosing/dose.ts';
import { VITAL_BOUNDS } from '../../domain/dosing/vitals.ts';
import { implausibleRestingBp } from '../../domain/screening/blood-pressure.ts';
import { INTAKE_BOUNDS } from '../../domain/screening/intake-vitals.ts';
import { fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';

const whole = (key: 'systolic' | 'diastolic' | 'heartRate' | 'spo2') => ({
  key,
  min: VITAL_BOUNDS[key].min,
  max: VITAL_BOUNDS[key].max,
  whole: true,
});

export const VITAL_INPUTS = [
  whole('systolic'),
  whole('diastolic'),
  whole('heartRate'),
  whole('spo2'),
  {
    key: 'weightKg',
    min: DOSE_LIMITS.weightKg.min,
    max: DOSE_LIMITS.weightKg.max,
    whole: false,
  },
  {
    key: 'heightCm',
    min: INTAKE_BOUNDS.heightCm.min,
    max: INTAKE_BOUNDS.heightCm.max,
    whole: false,
  },
] as const;
export type VitalKey = (typeof VITAL_INPUTS)[number]['key'];
export type VitalDraft = Record<VitalKey, string>;

/** A vital's label with its unit, in the UI language. */
export const vitalLabel = (key: VitalKey): string => tKey(`enrollments:intakeVitals.${key}`);

export const EMPTY_VITALS: VitalDraft = {
  systolic: '',
  diastolic: '',
  heartRate: '',
  spo2: '',
  weightKg: '',
  heightCm: '',
};

/** A vital's text → number, null when blank, or an error sentence. */
function readVital(spec: (typeof VITAL_INPUTS)[number], text: string): number | null | string {
  const t = text.trim().replace(',', '.');
  if (!t) return null;
  const ok = spec.whole ? /^\d+$/.test(t) : /^\d+(\.\d+)?$/.test(t);
  if (!ok) return tKey(spec.whole ? 'enrollments:intakeVitals.whole' : 'enrollments:intakeVitals.number');
  const n = Number(t);
  if (n < spec.min || n > spec.max)
    return tKey('enrollments:intakeVitals.impossible', { value: n, min: spec.min, max: spec.max });
  return n;
}

export interface ReadVitals {
  values: Partial<Record<VitalKey, number | null>>;
  errors: Partial<Record<VitalKey, string>>;
  /** True when the blood pressure is beyond the plausible resting range (confirmed or not). */
  unusual: boolean;
}

/** Every vital read, with the errors to show at once. */
export function readVitals(draft: VitalDraft, confirmed: boolean): ReadVitals {
  const values: ReadVitals['values'] = {};
  const errors: ReadVitals['errors'] = {};
  for (const spec of VITAL_INPUTS) {
    const v = readVital(spec, draft[spec.key]);
    if (typeof v === 'string') errors[spec.key] = v;
    else values[spec.key] = v;
  }
  const sys = values.systolic ?? null;
  const dia = values.diastolic ?? null;
  if (sys !== null && dia !== null && dia >= sys)
    errors.diastolic = tKey('enrollments:intakeVitals.diastolicLower', { diastolic: dia, systolic: sys });
  const hit =
    errors.systolic || errors.diastolic ? null : implausibleRestingBp({ systolic: sys, diastolic: dia });
  if (hit && !confirmed) errors[hit.field] = fieldMessage(hit);
  return { values, errors, unusual: hit !== null };
}

interface Props {
  value: VitalDraft;
  onChange: (value: VitalDraft) => void;
  read: ReadVitals;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  serverError: (field: string) => string | undefined;
  children?: React.ReactNode;
}

export function IntakeVitalsFields({
  value,
  onChange,
  read,
  confirmed,
  onConfirm,
  serverError,
  children,
}: Props) {
  const { t } = useT('enrollments');
  return (
    <Fieldset legend={t('intakeVitals.legend')} styles={{ legend: { fontWeight: 700 } }}>
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        {VITAL_INPUTS.map((spec) => (
          <TextInput
            key={spec.key}
            id={`screening-vitals-${spec.key}`}
            label={vitalLabel(spec.key)}
            inputMode={spec.whole ? 'numeric' : 'decimal'}
            value={value[spec.key]}
            onChange={(e) => onChange({ ...value, [spec.key]: e.currentTarget.value })}
            error={read.errors[spec.key] ?? serverError(`vitals.${spec.key}`)}
          />
        ))}
      </SimpleGrid>
      {read.unusual && (
        <Checkbox
          mt="sm"
          label={t('intakeVitals.confirm')}
          checked={confirmed}
          onChange={(e) => onConfirm(e.currentTarget.checked)}
        />
      )}
      {children}
    </Fieldset>
  );
}
