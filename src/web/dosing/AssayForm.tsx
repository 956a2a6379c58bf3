/** Recording a laboratory assay of a psilocybin or truffle lot: mg per gram, fresh or dry, lab, date. */
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { LOT_LIMITS, WEIGHT_BASES, type WeightBasis } from '../../domain/dosing/lots.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { basisLabel } from './lot-labels.ts';
import { type Lot, useAddAssay } from './lots-api.ts';

type Field = 'psilocybinMgPerG' | 'psilocinMgPerG' | 'basis' | 'lab' | 'assayedOn';
const EMPTY: Record<Field, string> = {
  psilocybinMgPerG: '',
  psilocinMgPerG: '',
  basis: 'fresh',
  lab: '',
  assayedOn: '',
};

const readMgPerG = (text: string): number | null | 'bad' => {
  const s = text.trim().replace(',', '.');
  if (!s) return null;
  const n = Number(s);
  return /^\d+(\.\d+)?$/.test(s) && n <= LOT_LIMITS.mgPerGramMax ? n : 'bad';
};

export function AssayForm({ lot }: { lot: Lot }) {
  const { t } = useT('dosing');
  const add = useAddAssay(lot.id);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (f: Field, v: string) => setDraft((d) => ({ ...d, [f]: v }));
  const id = (f: Field) => `assay-${lot.id}-${f}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const psilocybin = readMgPerG(draft.psilocybinMgPerG);
    const psilocin = readMgPerG(draft.psilocinMgPerG);
    const local: Partial<Record<Field, string>> = {
      ...(psilocybin === null ? { psilocybinMgPerG: t('lots.required') } : {}),
      ...(psilocybin === 'bad' ? { psilocybinMgPerG: t('lots.number') } : {}),
      ...(psilocin === 'bad' ? { psilocinMgPerG: t('lots.number') } : {}),
      ...(draft.lab.trim() ? {} : { lab: t('lots.required') }),
      ...(draft.assayedOn ? {} : { assayedOn: t('lots.required') }),
    };
    setErrors(local);
    if (Object.keys(local).length || typeof psilocybin !== 'number' || psilocin === 'bad') return;
    add.mutate(
      {
        psilocybinMgPerG: psilocybin,
        psilocinMgPerG: psilocin,
        basis: draft.basis as WeightBasis,
        lab: draft.lab.trim(),
        assayedOn: draft.assayedOn,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('lots.assaySaved', { code: lot.code }) });
          setDraft(EMPTY);
        },
        onError: (error) => {
          if (error instanceof ApiError)
            setErrors(Object.fromEntries(error.fieldErrors.map((e) => [e.field, fieldMessage(e)])));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('lots.assayTitle', { code: lot.code })}>
      <Stack gap="xs">
        {add.isError && !(add.error instanceof ApiError && add.error.fieldErrors.length) && (
          <ErrorAlert error={add.error} title={t('lots.notSaved')} />
        )}
        <Group align="flex-start" wrap="wrap">
          <TextInput
            id={id('psilocybinMgPerG')}
            label={t('lots.psilocybinMgPerG')}
            inputMode="decimal"
            value={draft.psilocybinMgPerG}
            onChange={(e) => set('psilocybinMgPerG', e.currentTarget.value)}
            error={errors.psilocybinMgPerG}
            {...requiredField}
          />
          <TextInput
            id={id('psilocinMgPerG')}
            label={t('lots.psilocinMgPerG')}
            inputMode="decimal"
            value={draft.psilocinMgPerG}
            onChange={(e) => set('psilocinMgPerG', e.currentTarget.value)}
            error={errors.psilocinMgPerG}
          />
          <NativeSelect
            id={id('basis')}
            label={t('lots.basis')}
            value={draft.basis}
            onChange={(e) => set('basis', e.currentTarget.value)}
            data={WEIGHT_BASES.map((b) => ({ value: b, label: basisLabel(b) }))}
          />
          <TextInput
            id={id('lab')}
            label={t('lots.lab')}
            value={draft.lab}
            onChange={(e) => set('lab', e.currentTarget.value)}
            error={errors.lab}
            maxLength={LOT_LIMITS.labMaxLength}
            {...requiredField}
          />
          <DateField
            id={id('assayedOn')}
            label={t('lots.assayedOn')}
            value={draft.assayedOn}
            onChange={(value) => set('assayedOn', value)}
            error={errors.assayedOn}
            {...requiredField}
          />
        </Group>
        <Group>
          <Button type="submit" size="compact-md" loading={add.isPending}>
            {t('lots.assayAdd')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
