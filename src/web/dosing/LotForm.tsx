/** Recording a lot as received: code, substance, supplier, date received, notes. */
import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { LOT_LIMITS, SUBSTANCE_KINDS, type SubstanceKind } from '../../domain/dosing/lots.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { kindLabel } from './lot-labels.ts';
import { useCreateLot } from './lots-api.ts';

type Field = 'code' | 'substanceKind' | 'supplier' | 'receivedOn' | 'notes';
const EMPTY = { code: '', substanceKind: 'psilocybin-truffles', supplier: '', receivedOn: '', notes: '' };

export function LotForm() {
  const { t } = useT('dosing');
  const create = useCreateLot();
  const [draft, setDraft] = useState<Record<Field, string>>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (f: Field, v: string) => setDraft((d) => ({ ...d, [f]: v }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {
      ...(draft.code.trim() ? {} : { code: t('lots.required') }),
      ...(draft.receivedOn ? {} : { receivedOn: t('lots.required') }),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    create.mutate(
      {
        code: draft.code.trim(),
        substanceKind: draft.substanceKind as SubstanceKind,
        supplier: draft.supplier.trim() || null,
        receivedOn: draft.receivedOn,
        notes: draft.notes.trim() || null,
      },
      {
        onSuccess: (lot) => {
          notifications.show({ color: 'teal', message: t('lots.saved', { code: lot.code }) });
          setDraft(EMPTY);
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            setErrors(Object.fromEntries(error.fieldErrors.map((e) => [e.field, fieldMessage(e)])));
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('lots.addTitle')}>
      <Stack gap="sm">
        {create.isError && !(create.error instanceof ApiError && create.error.fieldErrors.length) && (
          <ErrorAlert error={create.error} title={t('lots.notSaved')} />
        )}
        <Group align="flex-start" wrap="wrap">
          <TextInput
            id="lot-code"
            label={t('lots.code')}
            value={draft.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code}
            maxLength={LOT_LIMITS.codeMaxLength}
            {...requiredField}
          />
          <NativeSelect
            id="lot-kind"
            label={t('lots.kind')}
            value={draft.substanceKind}
            onChange={(e) => set('substanceKind', e.currentTarget.value)}
            error={errors.substanceKind}
            data={SUBSTANCE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          />
          <TextInput
            id="lot-supplier"
            label={t('lots.supplier')}
            value={draft.supplier}
            onChange={(e) => set('supplier', e.currentTarget.value)}
            error={errors.supplier}
            maxLength={LOT_LIMITS.supplierMaxLength}
          />
          <DateField
            id="lot-received"
            label={t('lots.receivedOn')}
            value={draft.receivedOn}
            onChange={(value) => set('receivedOn', value)}
            error={errors.receivedOn}
            {...requiredField}
          />
        </Group>
        <Textarea
          id="lot-notes"
          label={t('lots.notes')}
          value={draft.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
          maxLength={LOT_LIMITS.notesMaxLength}
          autosize
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('lots.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
