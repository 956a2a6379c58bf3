/**
 * Writing the pre-arrival message in one language: days before the start (the schedule, shown as a
 * date), subject and the four parts, with a live preview of the message as a guest receives it.
 * The server's reason for a refusal is shown at the field it names.
 */
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DateTime } from 'luxon';
import { type FormEvent, useState } from 'react';
import { preArrivalBody } from '../../domain/messages/pre-arrival.ts';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { type PreArrivalBody, type PreArrivalLanguage, useSavePreArrival } from './api.ts';
import { PreArrivalPreview } from './PreArrivalPreview.tsx';

const PARTS = ['whatToBring', 'travel', 'arrival', 'reading'] as const;
type Field = 'daysBefore' | 'subject' | (typeof PARTS)[number];
type Draft = Record<Field, string>;

interface Props {
  cohortId: string;
  startDate: string;
  language: PreArrivalLanguage;
  saved: (PreArrivalBody & { updatedAt: string }) | undefined;
}

export function PreArrivalForm({ cohortId, startDate, language, saved }: Props) {
  const { t } = useT('preArrival');
  const save = useSavePreArrival(cohortId, language);
  const [draft, setDraft] = useState<Draft>(() => ({
    daysBefore: String(saved?.daysBefore ?? 14),
    subject: saved?.subject ?? '',
    whatToBring: saved?.whatToBring ?? '',
    travel: saved?.travel ?? '',
    arrival: saved?.arrival ?? '',
    reading: saved?.reading ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const days = /^\d+$/.test(draft.daysBefore.trim()) ? Number(draft.daysBefore) : Number.NaN;
  const from =
    Number.isInteger(days) && days <= 120 ? DateTime.fromISO(startDate).minus({ days }).toISODate() : null;
  const languageName = t(`languages.${language}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {
      ...(draft.subject.trim() ? {} : { subject: t('subjectMissing') }),
      ...(from ? {} : { daysBefore: t('daysInvalid') }),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    const body: PreArrivalBody = { ...draft, subject: draft.subject.trim(), daysBefore: days };
    save.mutate(body, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('saved', { language: languageName }) }),
      onError: (error) => {
        const named = (error as { fieldErrors?: { field: string }[] }).fieldErrors?.[0]?.field as
          | Field
          | undefined;
        const field: Field = named && named in draft ? named : 'subject';
        setErrors({ [field]: messageFor(error, field) });
      },
    });
  };

  const area = (field: (typeof PARTS)[number]) => (
    <Textarea
      key={field}
      label={t(field)}
      value={draft[field]}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={errors[field]}
      autosize
      minRows={2}
    />
  );

  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate aria-label={t('save', { language: languageName })}>
        <Stack gap="sm">
          <TextInput
            label={t('daysBefore')}
            inputMode="numeric"
            value={draft.daysBefore}
            onChange={(e) => set('daysBefore')(e.currentTarget.value)}
            error={errors.daysBefore}
            description={
              from ? t('schedule', { date: formatDate(from), start: formatDate(startDate) }) : undefined
            }
            required
            maw={320}
          />
          <TextInput
            label={t('subject')}
            value={draft.subject}
            onChange={(e) => set('subject')(e.currentTarget.value)}
            error={errors.subject}
            required
          />
          {PARTS.map(area)}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('save', { language: languageName })}
            </Button>
          </Group>
        </Stack>
      </form>
      <PreArrivalPreview
        label={t('previewLabel', { language: languageName })}
        subject={draft.subject}
        body={preArrivalBody(
          { language, daysBefore: 0, subject: draft.subject, ...pick(draft) },
          t('previewName'),
        )}
        note={t('previewNote', { name: t('previewName') })}
        heading={t('preview')}
      />
    </Stack>
  );
}

const pick = (d: Draft) => ({
  whatToBring: d.whatToBring,
  travel: d.travel,
  arrival: d.arrival,
  reading: d.reading,
});
