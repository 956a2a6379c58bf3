/**
 * The client form, used to create and to edit. Field errors (from the browser's checks or from the
 * server's 400 problem) show under their inputs; the Notes field appears only when the role may
 * write clinical notes.
 */

import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { SEX_AT_BIRTH } from '../../domain/clients/client.ts';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { SEX_AT_BIRTH_LABELS } from '../ui/labels.ts';
import { requiredField } from '../ui/required.ts';
import {
  CLIENT_FIELDS,
  type ClientDraft,
  type ClientField,
  type ClientFieldErrors,
  FIELD_LABELS,
  LANGUAGE_LABELS,
} from './draft.ts';

export const fieldId = (field: ClientField) => `client-${field.replace('.', '-')}`;

/** Moves focus to the first field that has an error. */
export function focusFirstError(errors: ClientFieldErrors): void {
  const first = CLIENT_FIELDS.find((f) => errors[f]);
  if (first) document.getElementById(fieldId(first))?.focus();
}

interface Props {
  draft: ClientDraft;
  onChange: (field: ClientField, value: string) => void;
  errors: ClientFieldErrors;
  showNotes: boolean;
  onSubmit: () => void;
  submitting: boolean;
  /** Disables saving, e.g. while a version conflict is unresolved. */
  saveDisabled?: boolean;
  onCancel?: () => void;
  /** Shown above the fields (error summaries, conflict notices). */
  children?: ReactNode;
}

export function ClientForm(props: Props) {
  const { draft, onChange, errors, showNotes, onSubmit, submitting, saveDisabled, onCancel, children } =
    props;
  const { t } = useT('clients');

  const text = (
    field: ClientField,
    extra: { type?: string; autoComplete?: string; required?: boolean } = {},
  ) => (
    <TextInput
      id={fieldId(field)}
      label={FIELD_LABELS[field]}
      value={draft[field]}
      onChange={(e) => onChange(field, e.currentTarget.value)}
      error={errors[field]}
      type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete ?? 'off'}
      {...(extra.required ? requiredField : {})}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {children}
        <Text size="sm">{t('form.requiredNote')}</Text>
        <Fieldset legend={t('form.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('givenName', { required: true })}
            {text('familyName', { required: true })}
            {text('preferredName')}
            <DateField
              id={fieldId('dateOfBirth')}
              label={FIELD_LABELS.dateOfBirth}
              value={draft.dateOfBirth}
              onChange={(value) => onChange('dateOfBirth', value)}
              error={errors.dateOfBirth}
              autoComplete="off"
              {...requiredField}
            />
            <NativeSelect
              id={fieldId('sexAtBirth')}
              label={FIELD_LABELS.sexAtBirth}
              value={draft.sexAtBirth}
              onChange={(e) => onChange('sexAtBirth', e.currentTarget.value)}
              error={errors.sexAtBirth}
              {...requiredField}
              data={[
                ...(draft.sexAtBirth === '' ? [{ value: '', label: t('form.choose') }] : []),
                ...SEX_AT_BIRTH.map((s) => ({ value: s, label: SEX_AT_BIRTH_LABELS[s] })),
              ]}
            />
            {text('gender')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('email', { type: 'email' })}
            {text('phone', { type: 'tel' })}
          </SimpleGrid>
          <Textarea
            mt="sm"
            id={fieldId('address')}
            label={FIELD_LABELS.address}
            value={draft.address}
            onChange={(e) => onChange('address', e.currentTarget.value)}
            error={errors.address}
            autosize
            minRows={2}
          />
          <NativeSelect
            mt="sm"
            maw={320}
            id={fieldId('language')}
            label={FIELD_LABELS.language}
            description={t('form.languageHint')}
            value={draft.language}
            onChange={(e) => onChange('language', e.currentTarget.value)}
            error={errors.language}
            data={Object.entries(LANGUAGE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Fieldset>
        <Fieldset legend={t('form.emergency')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('emergencyContact.name')}
            {text('emergencyContact.relationship')}
            {text('emergencyContact.phone', { type: 'tel' })}
          </SimpleGrid>
        </Fieldset>
        {showNotes && (
          <Fieldset legend={t('form.clinicalNotes')}>
            <Textarea
              id={fieldId('notes')}
              label={FIELD_LABELS.notes}
              description={t('form.notesHint')}
              value={draft.notes}
              onChange={(e) => onChange('notes', e.currentTarget.value)}
              error={errors.notes}
              autosize
              minRows={4}
            />
          </Fieldset>
        )}
        <Group>
          <Button type="submit" loading={submitting} disabled={saveDisabled}>
            {t('form.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={submitting}>
              {t('common:cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
