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
import { type OrganizationChanges, useUpdateOrganization } from './api.ts';

const isFormField = (field: string): field is 'name' | 'crisisMessage' | 'minCellSize' | 'phone' =>
  field === 'name' || field === 'crisisMessage' || field === 'minCellSize' || field === 'phone';

export function OrganizationForm({ organization }: { organization: Organization }) {
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
      ? `The message has ${crisis?.length} characters; shorten it to ${CRISIS_MESSAGE_MAX_LENGTH} or fewer.`
      : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const nameProblem = name.trim() ? null : 'Enter a name.';
    setNameError(nameProblem);
    setCrisisError(null);
    const minCellProblem = minCellValid
      ? null
      : `Enter a whole number from ${MIN_CELL_SIZE_RANGE.min} to ${MIN_CELL_SIZE_RANGE.max}.`;
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
        notifications.show({ color: 'teal', message: 'Organization settings saved.' });
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
          <Alert color="red" title="Settings not saved" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <TextInput
          label="Organization name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          maxLength={200}
        />
        <Switch
          label="Require two-factor sign-in for every member"
          description="Members without two-factor must set it up before they can use anything else in this organization."
          checked={requireTwoFactor}
          onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
        />
        {lockingOut && (
          <Alert color="orange" title="You have not set up two-factor yourself">
            After saving, you will be asked to set it up before you can continue.
          </Alert>
        )}
        <Textarea
          label="Crisis-support message"
          description={
            <>
              Shown to a client in the portal right after an answer that signals risk (for example PHQ-9 item
              9 above 0), whatever their portal language. When empty, Threshold shows its default text (in
              Dutch for Dutch-speaking clients): <q>{DEFAULT_CRISIS_MESSAGE.en}</q>
            </>
          }
          placeholder="Leave empty to use the default text"
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
          label="Clinic phone"
          description="Offered to a client to call, after the crisis lines, right after an answer that signals risk."
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
          label="Smallest group researchers see figures for"
          description="A researcher's outcome figure drawn from fewer clients than this is suppressed, with the reason shown (5 unless changed)."
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
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
