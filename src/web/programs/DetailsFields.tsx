/** The program's name, description, modality and format, and its pre-dose blood-pressure limit. */
import { NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import { FORMATS, MODALITIES, type Modality, type ProgramFormat } from '../../domain/programs/types.ts';
import { Section } from '../evidence/Section.tsx';
import { requiredField } from '../ui/required.ts';
import { at, type DraftEditor } from './editor.ts';
import { FORMAT_LABELS, MODALITY_LABELS } from './labels.ts';

export function DetailsFields({ editor }: { editor: DraftEditor }) {
  const { draft, update } = editor;
  const hasGroup = draft.sessions.some((s) => s.kind === 'group');
  return (
    <Section title="Program details" id="program-details">
      <Stack gap="sm">
        <TextInput
          label="Program name"
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
          label="Description"
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
            label="Modality"
            value={draft.modality}
            onChange={(e) => {
              const modality = e.currentTarget.value as Modality;
              update((d) => ({ ...d, modality }), 'modality');
            }}
            data={MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))}
            description="Chooses the contraindication checklist used at screening."
            {...at(editor, 'modality')}
          />
          <NativeSelect
            label="Format"
            value={draft.format}
            onChange={(e) => {
              const format = e.currentTarget.value as ProgramFormat;
              update((d) => ({ ...d, format }), 'format');
            }}
            data={FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
            description={
              draft.format === 'individual' && hasGroup
                ? 'This program has group sessions: they need the cohort format.'
                : 'Group sessions are only possible in the cohort format.'
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
  if (!/^\d+$/.test(t)) return `Enter a whole number of mmHg (${range.min}–${range.max}), or leave it empty.`;
  const n = Number(t);
  if (n < range.min || n > range.max) return `${n} mmHg is outside ${range.min}–${range.max} mmHg.`;
  return n;
}

/** What the limits mean, from valid values only (a value being typed wrong is not echoed). */
function limitSentence(sys: number | null | string, dia: number | null | string): string {
  const s = typeof sys === 'number' ? sys : null;
  const d = typeof dia === 'number' ? dia : null;
  if (typeof sys === 'string' || typeof dia === 'string')
    return 'Correct the limit above to see what is flagged.';
  if (s === null && d === null)
    return 'No pre-dose blood-pressure limit is set: no reading will be flagged against one.';
  return `Readings above ${s !== null ? `${s} systolic` : 'no systolic limit'}${
    d !== null ? ` or ${d} diastolic` : ' (no diastolic limit)'
  } are flagged before dosing.`;
}

export function SafetyFields({ editor }: { editor: DraftEditor }) {
  const { draft, update } = editor;
  const { preDoseSystolicMax: sys, preDoseDiastolicMax: dia } = DEFINITION_LIMITS;
  const systolic = readLimit(draft.systolic, sys);
  const diastolic = readLimit(draft.diastolic, dia);
  const field = (address: string, local: number | null | string) => {
    const props = at(editor, address);
    return { ...props, error: typeof local === 'string' ? local : props.error };
  };
  return (
    <Section title="Safety" id="program-safety">
      <Stack gap="sm">
        <Text size="sm">
          The pre-dose blood-pressure limit: a baseline reading above it is flagged on the dosing record.
          Leave a value empty to set no limit for it.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Pre-dose systolic maximum (mmHg)"
            inputMode="numeric"
            value={draft.systolic}
            onChange={(e) => {
              const systolic = e.currentTarget.value;
              update((d) => ({ ...d, systolic }), 'safety.preDoseSystolicMax');
            }}
            placeholder="Not set"
            description={
              draft.systolic.trim() ? `${sys.min}–${sys.max} mmHg` : `Not set (${sys.min}–${sys.max} mmHg)`
            }
            {...field('safety.preDoseSystolicMax', systolic)}
          />
          <TextInput
            label="Pre-dose diastolic maximum (mmHg)"
            inputMode="numeric"
            value={draft.diastolic}
            onChange={(e) => {
              const diastolic = e.currentTarget.value;
              update((d) => ({ ...d, diastolic }), 'safety.preDoseDiastolicMax');
            }}
            placeholder="Not set"
            description={
              draft.diastolic.trim() ? `${dia.min}–${dia.max} mmHg` : `Not set (${dia.min}–${dia.max} mmHg)`
            }
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
  const { draft, update } = editor;
  const days = draft.reminderEveryDays.trim();
  return (
    <Section title="Questionnaire emails" id="program-reminders">
      <Stack gap="sm">
        <Text size="sm">
          When a questionnaire falls due, the client gets an email with a personal link. Until they answer or
          its window closes, a reminder follows every so many days.
        </Text>
        <TextInput
          label="Days between reminders"
          inputMode="numeric"
          value={draft.reminderEveryDays}
          onChange={(e) => {
            const reminderEveryDays = e.currentTarget.value;
            update((d) => ({ ...d, reminderEveryDays }), 'reminderEveryDays');
          }}
          description={`0 sends no reminders; at most ${DEFINITION_LIMITS.maxReminderEveryDays}.`}
          maw={260}
          {...at(editor, 'reminderEveryDays')}
        />
        <Text size="sm" fw={600} aria-live="polite">
          {days === '0'
            ? 'No reminders: one email per questionnaire.'
            : days
              ? `A reminder every ${days} days while the window is open.`
              : ''}
        </Text>
      </Stack>
    </Section>
  );
}
