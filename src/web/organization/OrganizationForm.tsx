/**
 * Name, the two-factor requirement, the crisis-support message, the clinic's phone and the smallest
 * group researchers see figures for; only changed settings are sent.
 */

import { Alert, Button, Group, NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { Organization } from '../../api/organizations.ts';
import { MIN_CELL_SIZE_RANGE } from '../../domain/outcomes/disclosure.ts';
import { CRISIS_MESSAGE_MAX_LENGTH, DEFAULT_CRISIS_MESSAGE } from '../../domain/portal/crisis.ts';
import { useSession } from '../app/session-context.tsx';
import { splitFieldErrors } from '../http/field-errors.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { currentLanguage, useT } from '../i18n/i18n.ts';
import { type OrganizationChanges, useUpdateOrganization } from './api.ts';

const isFormField = (field: string): field is 'name' | 'crisisMessage' | 'minCellSize' | 'phone' =>
  field === 'name' || field === 'crisisMessage' || field === 'minCellSize' || field === 'phone';

export function OrganizationForm({ organization }: { organization: Organization }) {
  const { t } = useT('organization');
  const session = useSession();
  const update = useUpdateOrganization();
  const [name, setName] = useState(organization.name);
  const [requireTwoFactor, setRequireTwoFactor] = useState(organization.requireTwoFactor);
  const [crisisMessage, setCrisisMessage] = useState(organization.crisisMessage ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const [crisisError, setCrisisError] = useState<string | null>(null);
  const [minCellSize, setMinCellSize] = useState<number | string>(organization.minCellSize);
  const [minCellError, setMinCellError] = useState<string | null>(null);
  const [phone, setPhone] = useState(organization.phone ?? '');
  const [phoneError, setPhoneError] = useState<string | null>(null);

  const changes: OrganizationChanges = {};
  if (name.trim() !== organization.name) changes.name = name.trim();
  if (requireTwoFactor !== organization.requireTwoFactor) changes.requireTwoFactor = requireTwoFactor;
  // Empty means "use the default" (stored as null).
  const crisis = crisisMessage.trim() || null;
  if (crisis !== organization.crisisMessage) changes.crisisMessage = crisis;
  const minCellValid =
    typeof minCellSize === 'number' &&
    Number.isInteger(minCellSize) &&
    minCellSize >= MIN_CELL_SIZE_RANGE.min &&
    minCellSize <= MIN_CELL_SIZE_RANGE.max;
  if (minCellValid && minCellSize !== organization.minCellSize) changes.minCellSize = minCellSize;
  const clinicPhone = phone.trim() || null;
  if (clinicPhone !== organization.phone) changes.phone = clinicPhone;
  const dirty = Object.keys(changes).length > 0 || !minCellValid;
  // Checked as the user types rather than cut off by maxLength: a pasted message must not lose its end.
  const crisisTooLong =
    (crisis?.length ?? 0) > CRISIS_MESSAGE_MAX_LENGTH
      ? t('form.crisisTooLong', { length: crisis?.length ?? 0, max: CRISIS_MESSAGE_MAX_LENGTH })
      : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const nameProblem = name.trim() ? null : t('form.enterName');
    setNameError(nameProblem);
    setCrisisError(null);
    const minCellProblem = minCellValid ? null : t('form.minCell', MIN_CELL_SIZE_RANGE);
    setMinCellError(minCellProblem);
    setPhoneError(null);
    if (nameProblem || crisisTooLong || minCellProblem || !dirty) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        setName(saved.name);
        setRequireTwoFactor(saved.requireTwoFactor);
        setCrisisMessage(saved.crisisMessage ?? '');
        setMinCellSize(saved.minCellSize);
        setPhone(saved.phone ?? '');
        notifications.show({ color: 'teal', message: t('form.saved') });
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const { byField } = splitFieldErrors(error, isFormField);
        setNameError(byField.name ?? null);
        setCrisisError(byField.crisisMessage ?? null);
        setMinCellError(byField.minCellSize ?? null);
        setPhoneError(byField.phone ?? null);
      },
    });
  };

  const lockingOut = requireTwoFactor && !organization.requireTwoFactor && !session.user.totpEnabled;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={560}>
        {update.isError && (
          <Alert color="red" title={t('form.notSaved')} role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <TextInput
          label={t('form.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          maxLength={200}
        />
        <Switch
          label={t('form.requireTwoFactor')}
          description={t('form.requireTwoFactorHint')}
          checked={requireTwoFactor}
          onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
        />
        {lockingOut && (
          <Alert color="orange" title={t('form.lockoutTitle')}>
            {t('form.lockoutBody')}
          </Alert>
        )}
        <Textarea
          label={t('form.crisis')}
          description={
            <>
              {t('form.crisisHint')} <q>{DEFAULT_CRISIS_MESSAGE[currentLanguage()]}</q>
            </>
          }
          placeholder={t('form.crisisPlaceholder')}
          value={crisisMessage}
          onChange={(e) => {
            setCrisisMessage(e.currentTarget.value);
            if (crisisError) setCrisisError(null);
          }}
          error={crisisTooLong ?? crisisError}
          autosize
          minRows={3}
          maxRows={12}
        />
        <TextInput
          label={t('form.phone')}
          description={t('form.phoneHint')}
          type="tel"
          placeholder="+31 20 123 4567"
          value={phone}
          onChange={(e) => {
            setPhone(e.currentTarget.value);
            if (phoneError) setPhoneError(null);
          }}
          error={phoneError}
          maxLength={64}
        />
        <NumberInput
          label={t('form.minCellLabel')}
          description={t('form.minCellHint')}
          value={minCellSize}
          onChange={(value) => {
            setMinCellSize(value);
            if (minCellError) setMinCellError(null);
          }}
          min={MIN_CELL_SIZE_RANGE.min}
          max={MIN_CELL_SIZE_RANGE.max}
          allowDecimal={false}
          allowNegative={false}
          error={minCellError}
          maw={240}
        />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
