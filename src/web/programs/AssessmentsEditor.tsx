/**
 * The questionnaire schedule: which instrument, at which timepoint (relative to enrollment, the
 * program start, a dosing session or the end), with its completion window. "Same timepoints as"
 * adds an instrument at every timepoint another one already has (e.g. WHO-5 beside PHQ-9).
 */

import {
  Badge,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { InstrumentSummary } from '../../api/instruments.ts';
import { DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import { ANCHORS, type Anchor, OFFSET_UNITS, type OffsetUnit } from '../../domain/programs/types.ts';
import { WarningIcon } from '../calendar/icons.tsx';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import type { LicensedChoice } from '../instruments/api.ts';
import { ArmChoice } from './ArmsEditor.tsx';
import { type AssessmentDraft, type AssessmentField, newAssessment, parseInteger } from './draft.ts';
import { assessmentAddress, itemHasError, ASSESSMENT_FIELD_LABELS as LABELS } from './draft-errors.ts';
import { at, type DraftEditor, updateAssessment } from './editor.ts';
import { ItemActions } from './ItemActions.tsx';
import { ANCHOR_LABELS, describeOffset, OFFSET_UNIT_LABELS } from './labels.ts';

interface Props {
  editor: DraftEditor;
  instruments: InstrumentSummary[];
  /** Instruments from the organization's licensed copy (the CEQ): offered only when held. */
  licensed?: LicensedChoice[];
  open: Set<number>;
  setOpen: (uid: number, open: boolean) => void;
}

/** The instrument choices: the registry's, then each licensed one (disabled, with why, when not held). */
function instrumentChoices(instruments: InstrumentSummary[], licensed: LicensedChoice[]) {
  return [
    ...instruments.map((i) => ({ value: i.id, label: `${i.shortName} — ${i.name}`, disabled: false })),
    ...licensed.map((l) => ({
      value: l.id,
      label: l.held
        ? `${l.shortName} — ${l.name}`
        : tKey('programs:assessments.licensedMissingOption', { name: l.shortName }),
      disabled: !l.held,
    })),
  ];
}

export function AssessmentsEditor({ editor, instruments, licensed = [], open, setOpen }: Props) {
  const { t } = useT('programs');
  const { draft, update, readOnly } = editor;
  const shortName = (id: string) =>
    instruments.find((i) => i.id === id)?.shortName ?? licensed.find((l) => l.id === id)?.shortName ?? id;
  const choices = instrumentChoices(instruments, licensed);
  const missing = licensed.filter((l) => !l.held);
  const add = () => {
    const item = newAssessment();
    update((d) => ({ ...d, assessments: [...d.assessments, item] }), 'assessments');
    setOpen(item.uid, true);
    requestAnimationFrame(() =>
      document.getElementById(at(editor, assessmentAddress(item.uid, 'instrumentId')).id)?.focus(),
    );
  };
  return (
    <Section title={t('assessments.title')} id="program-assessments">
      <Stack gap="sm">
        <Text size="sm">{t('assessments.intro')}</Text>
        {editor.errors.fields.assessments && (
          <Text size="sm" c="red.9" role="alert">
            {editor.errors.fields.assessments}
          </Text>
        )}
        {draft.assessments.length === 0 && <Text size="sm">{t('assessments.none')}</Text>}
        {draft.assessments.map((a) => (
          <AssessmentItem
            key={a.uid}
            editor={editor}
            item={a}
            choices={choices}
            missing={missing}
            shortName={shortName}
            open={open.has(a.uid)}
            setOpen={(o) => setOpen(a.uid, o)}
          />
        ))}
        {!readOnly && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Button variant="default" onClick={add}>
              {t('assessments.add')}
            </Button>
          </Group>
        )}
        {!readOnly && draft.assessments.length > 0 && (
          <SameTimepoints editor={editor} instruments={instruments} shortName={shortName} />
        )}
      </Stack>
    </Section>
  );
}

/** "1 day", "7 days", or "? days" while the number is not a whole number yet. */
const days = (text: string): string => {
  const n = parseInteger(text);
  return n === null
    ? tKey('programs:assessments.daysUnknown')
    : tKey('programs:assessments.days', { count: n });
};

function summary(a: AssessmentDraft): string {
  const amount = parseInteger(a.offsetAmount);
  const when =
    amount === null
      ? tKey('programs:assessments.offsetNotSet')
      : describeOffset(amount, a.offsetUnit, a.anchor);
  const dosing =
    a.anchor === 'each-dosing' && a.dosingNumbers.trim()
      ? tKey('programs:assessments.dosingSessions', { list: a.dosingNumbers.trim() })
      : '';
  return tKey('programs:assessments.window', {
    when,
    dosing,
    before: days(a.windowBefore),
    after: days(a.windowAfter),
  });
}

function AssessmentItem(props: {
  editor: DraftEditor;
  item: AssessmentDraft;
  choices: ReturnType<typeof instrumentChoices>;
  missing: LicensedChoice[];
  shortName: (id: string) => string;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const { editor, item: a, choices, missing, shortName, open, setOpen } = props;
  const { t } = useT('programs');
  const { readOnly } = editor;
  const address = (f: AssessmentField) => assessmentAddress(a.uid, f);
  const set = (field: AssessmentField, value: AssessmentDraft[AssessmentField]) =>
    updateAssessment(editor, a.uid, { [field]: value } as Partial<AssessmentDraft>, address(field));
  const text = (
    field: 'label' | 'dosingNumbers' | 'offsetAmount' | 'windowBefore' | 'windowAfter',
    extra: Record<string, unknown> = {},
  ) => (
    <TextInput
      label={LABELS[field]}
      value={a[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      {...extra}
      {...at(editor, address(field))}
    />
  );
  const name = `${a.instrumentId ? shortName(a.instrumentId) : t('assessments.newQuestionnaire')}${a.label.trim() ? ` — ${a.label.trim()}` : ''}`;
  const hasError = itemHasError(editor.errors, assessmentAddress(a.uid));
  const remove = () =>
    editor.update(
      (d) => ({ ...d, assessments: d.assessments.filter((x) => x.uid !== a.uid) }),
      'assessments',
    );
  const L = DEFINITION_LIMITS;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <div style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Group gap="xs">
            <Text fw={600} component="h3" m={0} size="md">
              {name}
            </Text>
            {hasError && (
              <Badge color="red" variant="light" tt="none" leftSection={<WarningIcon />}>
                {t('assessments.needsAttention')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{summary(a)}</Text>
        </div>
        <ItemActions
          name={name}
          open={open}
          onToggle={() => setOpen(!open)}
          onRemove={remove}
          readOnly={readOnly}
          controls={`assessment-fields-${a.uid}`}
        />
      </Group>
      {open && (
        <Fieldset variant="unstyled" disabled={readOnly} mt="sm" id={`assessment-fields-${a.uid}`}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={LABELS.instrumentId}
                value={a.instrumentId}
                onChange={(e) => set('instrumentId', e.currentTarget.value)}
                data={[
                  ...(a.instrumentId ? [] : [{ value: '', label: t('assessments.choose') }]),
                  ...choices,
                ]}
                description={
                  missing.length > 0
                    ? t('assessments.licensedMissing', { names: missing.map((m) => m.shortName).join(', ') })
                    : undefined
                }
                {...at(editor, address('instrumentId'))}
              />
              {text('label', {
                maxLength: 100,
                description: t('assessments.labelHint'),
              })}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label={LABELS.anchor}
                value={a.anchor}
                onChange={(e) => set('anchor', e.currentTarget.value as Anchor)}
                data={ANCHORS.map((x) => ({ value: x, label: ANCHOR_LABELS[x] }))}
                {...at(editor, address('anchor'))}
              />
              {text('offsetAmount', {
                inputMode: 'numeric',
                description: t('assessments.offsetHint'),
              })}
              <NativeSelect
                label={LABELS.offsetUnit}
                value={a.offsetUnit}
                onChange={(e) => set('offsetUnit', e.currentTarget.value as OffsetUnit)}
                data={OFFSET_UNITS.map((u) => ({ value: u, label: OFFSET_UNIT_LABELS[u] }))}
                {...at(editor, address('offsetUnit'))}
              />
            </SimpleGrid>
            {a.anchor === 'each-dosing' &&
              text('dosingNumbers', {
                description: t('assessments.dosingNumbersHint'),
              })}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {text('windowBefore', {
                inputMode: 'numeric',
                description: t('assessments.windowBeforeHint', L.windowDays),
              })}
              {text('windowAfter', {
                inputMode: 'numeric',
                description: t('assessments.windowAfterHint', L.windowDays),
              })}
            </SimpleGrid>
            <ArmChoice
              editor={editor}
              value={a.arms}
              onChange={(arms) => set('arms', arms)}
              {...at(editor, address('arms'))}
            />
          </Stack>
        </Fieldset>
      )}
    </Paper>
  );
}

/** Adds one instrument at every timepoint another instrument has (same label, anchor, offset, window). */
function SameTimepoints({
  editor,
  instruments,
  shortName,
}: {
  editor: DraftEditor;
  instruments: InstrumentSummary[];
  shortName: (id: string) => string;
}) {
  const { t } = useT('programs');
  const used = [...new Set(editor.draft.assessments.map((a) => a.instrumentId).filter(Boolean))];
  const [instrument, setInstrument] = useState('');
  const [from, setFrom] = useState(used[0] ?? '');
  const source = used.includes(from) ? from : (used[0] ?? '');
  const timepoints = editor.draft.assessments.filter((a) => a.instrumentId === source);
  const already = new Set(
    editor.draft.assessments.filter((a) => a.instrumentId === instrument).map((a) => a.label.trim()),
  );
  const toAdd = timepoints.filter((a) => !already.has(a.label.trim()));
  const [done, setDone] = useState<string | null>(null);
  if (used.length === 0) return null;
  const add = () => {
    if (!instrument || toAdd.length === 0) return;
    const items = toAdd.map(({ uid: _u, key: _k, ...rest }) =>
      newAssessment({ ...rest, instrumentId: instrument }),
    );
    editor.update((d) => ({ ...d, assessments: [...d.assessments, ...items] }), 'assessments');
    setDone(
      t('assessments.added', {
        name: shortName(instrument),
        count: items.length,
        labels: items.map((i) => i.label).join(', '),
      }),
    );
    setInstrument('');
  };
  return (
    <Fieldset legend={t('assessments.sameLegend')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('assessments.toAdd')}
          value={instrument}
          onChange={(e) => {
            setInstrument(e.currentTarget.value);
            setDone(null);
          }}
          data={[
            { value: '', label: t('assessments.choose') },
            ...instruments.map((i) => ({ value: i.id, label: i.shortName })),
          ]}
          style={{ flex: '1 1 160px' }}
        />
        <NativeSelect
          label={t('assessments.sameAs')}
          value={source}
          onChange={(e) => setFrom(e.currentTarget.value)}
          data={used.map((id) => ({ value: id, label: shortName(id) }))}
          style={{ flex: '1 1 160px' }}
        />
        <Button variant="default" onClick={add} disabled={!instrument || toAdd.length === 0}>
          {t('assessments.addAt', { count: toAdd.length })}
        </Button>
      </Group>
      <Text size="sm" mt="xs" aria-live="polite">
        {done ??
          (instrument && toAdd.length === 0
            ? t('assessments.already', { name: shortName(instrument), source: shortName(source) })
            : t('assessments.timepointsOf', {
                source: shortName(source),
                labels: timepoints.map((p) => p.label.trim() || t('assessments.noLabel')).join(', '),
              }))}
      </Text>
    </Fieldset>
  );
}
