/**
 * Editing a cohort's listing: published, price and deposit in euros (sent as cents), dates,
 * cancellation tiers, places, waitlist and offer hold. Every error shows at once at its field;
 * a listing someone else saved first is loaded, and the user makes the change again.
 */
import { Alert, Button, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { requiredField } from '../ui/required.ts';
import { type Listing, usePutListing } from './api.ts';
import {
  bodyOf,
  checkListing,
  draftOf,
  focusFirst,
  hasErrors,
  type ListingDraft,
  type ListingErrors,
  listingErrorsFrom,
  listingFieldId,
} from './listing-form.ts';
import { TierFields } from './TierFields.tsx';

interface Props {
  cohort: { id: string; startDate: string; capacity: number };
  listing: Listing | null;
  onDone: () => void;
}

type TextField = Exclude<keyof ListingDraft, 'published' | 'tiers'>;

export function ListingEditor({ cohort, listing, onDone }: Props) {
  const { t, i18n } = useT('frontOffice');
  const decimal = i18n.language === 'nl' ? ',' : '.';
  const put = usePutListing(cohort.id);
  const [draft, setDraft] = useState<ListingDraft>(() => draftOf(listing, cohort.capacity, decimal));
  const [base, setBase] = useState<Listing | null>(listing);
  const [errors, setErrors] = useState<ListingErrors>({});
  const [other, setOther] = useState<string[]>([]);

  const clear = (field?: string) => {
    if (field && errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const text = (field: TextField) => ({
    id: listingFieldId(field),
    value: draft[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [field]: value }));
      clear(field);
    },
  });

  /** A date field's props: its value comes as 'YYYY-MM-DD', not as an event. */
  const date = (field: TextField) => ({
    ...text(field),
    onChange: (value: string) => text(field).onChange({ currentTarget: { value } }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = checkListing(draft, cohort);
    setErrors(local);
    setOther([]);
    if (hasErrors(local)) {
      focusFirst(local);
      return;
    }
    put.mutate(bodyOf(draft, base?.currency ?? 'EUR', base?.version), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('publishing.saved') });
        onDone();
      },
      onError: (error) => {
        const current = error instanceof ApiError && error.status === 409 ? error.extra.current : undefined;
        if (current && typeof current === 'object' && 'version' in current) {
          setBase(current as Listing);
          setDraft(draftOf(current as Listing, cohort.capacity, decimal));
          setOther([t('listingForm.stale')]);
          return;
        }
        const { fields, other: rest } = listingErrorsFrom(error);
        setErrors(fields);
        setOther(rest);
        focusFirst(fields);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('listingForm.form')}>
      <Stack gap="sm">
        {other.length > 0 && (
          <Alert color="red" role="alert" title={t('listingForm.notSaved')}>
            {other.join(' ')}
          </Alert>
        )}
        <Switch
          id={listingFieldId('published')}
          label={t('listingForm.published')}
          description={t('listingForm.publishedHint')}
          checked={draft.published}
          onChange={(e) => {
            const published = e.currentTarget.checked;
            setDraft((d) => ({ ...d, published }));
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('listingForm.price')}
            description={t('listingForm.priceHint')}
            inputMode="decimal"
            {...text('price')}
            {...requiredField}
          />
          <TextInput
            label={t('listingForm.deposit')}
            inputMode="decimal"
            {...text('deposit')}
            {...requiredField}
          />
          <DateField label={t('listingForm.endDate')} {...date('endDate')} />
          <DateField label={t('listingForm.balanceDue')} {...date('balanceDueDate')} />
        </SimpleGrid>
        <TierFields
          tiers={draft.tiers}
          errors={errors}
          onChange={(tiers, field) => {
            setDraft((d) => ({ ...d, tiers }));
            if (field) clear(field);
            else
              setErrors((e) =>
                Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('tiers.'))),
              );
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('listingForm.places')}
            description={t('listingForm.placesHint', { capacity: cohort.capacity })}
            inputMode="numeric"
            {...text('places')}
            {...requiredField}
          />
          <TextInput
            label={t('listingForm.waitlistSize')}
            inputMode="numeric"
            {...text('waitlistSize')}
            {...requiredField}
          />
          <TextInput
            label={t('listingForm.holdDays')}
            inputMode="numeric"
            {...text('holdDays')}
            {...requiredField}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={put.isPending}>
            {t('listingForm.save')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={put.isPending}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
