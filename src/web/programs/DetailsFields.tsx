/** The program's name, description, modality and format, and its pre-dose blood-pressure limit. */
import { NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import { FORMATS, MODALITIES, type Modality, type ProgramFormat } from '../../domain/programs/types.ts';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { requiredField } from '../ui/required.ts';
import { TOP_FIELD_LABELS } from './draft-errors.ts';
import { at, type DraftEditor } from './editor.ts';
import { FORMAT_LABELS, MODALITY_LABELS } from './labels.ts';

export function DetailsFields({ editor }: { editor: DraftEditor }) {
  const { t } = useT('programs');
  const { draft, update } = editor;
  const hasGroup = draft.sessions.some((s) => s.kind === 'group');
  return (
    <Section title={t('details.title')} id="program-details">
      <Stack gap="sm">
        <TextInput
          label={TOP_FIELD_LABELS.name}
          value={draft.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            update((d) => ({ ...d, name }), 'name');
          }}
          maxLength={DEFINITION_LIMITS.nameMaxLength}
          {...requiredField}
          {...at(editor, 'name')}
        />
        <Textarea
          label={TOP_FIELD_LABELS.description}
          value={draft.description}
          onChange={(e) => {
            const description = e.currentTarget.value;
            update((d) => ({ ...d, description }), 'description');
          }}
          autosize
          minRows={2}
          maxLength={DEFINITION_LIMITS.descriptionMaxLength}
          {...at(editor, 'description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={TOP_FIELD_LABELS.modality}
            value={draft.modality}
            onChange={(e) => {
              const modality = e.currentTarget.value as Modality;
              update((d) => ({ ...d, modality }), 'modality');
            }}
            data={MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))}
            description={t('details.modalityHint')}
            {...at(editor, 'modality')}
          />
          <NativeSelect
            label={TOP_FIELD_LABELS.format}
            value={draft.format}
            onChange={(e) => {
              const format = e.currentTarget.value as ProgramFormat;
              update((d) => ({ ...d, format }), 'format');
            }}
            data={FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
            description={
              draft.format === 'individual' && hasGroup
                ? t('details.formatGroupConflict')
                : t('details.formatHint')
            }
            {...at(editor, 'format')}
          />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

/** A typed limit: null when blank, the number when it is a whole number in range, else the error. */
export function readLimit(text: string, range: { min: number; max: number }): number | null | string {
  const t = text.trim();
  if (!t) return null;
  if (!/^\d+$/.test(t)) return tKey('programs:safety.wholeNumber', range);
  const n = Number(t);
  if (n < range.min || n > range.max) return tKey('programs:safety.outside', { value: n, ...range });
  return n;
}

/** What the limits mean, from valid values only (a value being typed wrong is not echoed). */
function limitSentence(sys: number | null | string, dia: number | null | string): string {
  const s = typeof sys === 'number' ? sys : null;
  const d = typeof dia === 'number' ? dia : null;
  if (typeof sys === 'string' || typeof dia === 'string') return tKey('programs:safety.correct');
  if (s === null && d === null) return tKey('programs:safety.noLimit');
  return tKey('programs:safety.sentence', {
    systolic:
      s !== null ? tKey('programs:safety.systolicValue', { value: s }) : tKey('programs:safety.noSystolic'),
    diastolic:
      d !== null ? tKey('programs:safety.diastolicValue', { value: d }) : tKey('programs:safety.noDiastolic'),
  });
}

export function SafetyFields({ editor }: { editor: DraftEditor }) {
  const { t } = useT('programs');
  const { draft, update } = editor;
  const { preDoseSystolicMax: sys, preDoseDiastolicMax: dia } = DEFINITION_LIMITS;
  const systolic = readLimit(draft.systolic, sys);
  const diastolic = readLimit(draft.diastolic, dia);
  const field = (address: string, local: number | null | string) => {
    const props = at(editor, address);
    return { ...props, error: typeof local === 'string' ? local : props.error };
  };
  return (
    <Section title={t('safety.title')} id="program-safety">
      <Stack gap="sm">
        <Text size="sm">{t('safety.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('safety.systolic')}
            inputMode="numeric"
            value={draft.systolic}
            onChange={(e) => {
              const systolic = e.currentTarget.value;
              update((d) => ({ ...d, systolic }), 'safety.preDoseSystolicMax');
            }}
            placeholder={t('safety.notSet')}
            description={t(draft.systolic.trim() ? 'safety.range' : 'safety.rangeNotSet', sys)}
            {...field('safety.preDoseSystolicMax', systolic)}
          />
          <TextInput
            label={t('safety.diastolic')}
            inputMode="numeric"
            value={draft.diastolic}
            onChange={(e) => {
              const diastolic = e.currentTarget.value;
              update((d) => ({ ...d, diastolic }), 'safety.preDoseDiastolicMax');
            }}
            placeholder={t('safety.notSet')}
            description={t(draft.diastolic.trim() ? 'safety.range' : 'safety.rangeNotSet', dia)}
            {...field('safety.preDoseDiastolicMax', diastolic)}
          />
        </SimpleGrid>
        <Text size="sm" fw={600} aria-live="polite">
          {limitSentence(systolic, diastolic)}
        </Text>
      </Stack>
    </Section>
  );
}

export function RemindersField({ editor }: { editor: DraftEditor }) {
  const { t } = useT('programs');
  const { draft, update } = editor;
  const days = draft.reminderEveryDays.trim();
  return (
    <Section title={t('reminders.title')} id="program-reminders">
      <Stack gap="sm">
        <Text size="sm">{t('reminders.intro')}</Text>
        <TextInput
          label={TOP_FIELD_LABELS.reminderEveryDays}
          inputMode="numeric"
          value={draft.reminderEveryDays}
          onChange={(e) => {
            const reminderEveryDays = e.currentTarget.value;
            update((d) => ({ ...d, reminderEveryDays }), 'reminderEveryDays');
          }}
          description={t('reminders.hint', { max: DEFINITION_LIMITS.maxReminderEveryDays })}
          maw={260}
          {...at(editor, 'reminderEveryDays')}
        />
        <Text size="sm" fw={600} aria-live="polite">
          {days === '0' ? t('reminders.none') : days ? t('reminders.every', { days }) : ''}
        </Text>
      </Stack>
    </Section>
  );
}
