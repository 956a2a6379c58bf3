/**
 * Sessions grouped by phase. Each session shows as one summary line; "Edit" opens its fields in
 * place. A session with an error is opened by the builder so the message is beside its input.
 */

import {
  Badge,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import { PHASES, type Phase, ROUTES, type Route } from '../../domain/programs/types.ts';
import { DosingIcon, WarningIcon } from '../calendar/icons.tsx';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { TimeField } from '../ui/dates/TimeField.tsx';
import { ArmChoice } from './ArmsEditor.tsx';
import { newSession, parseNumberList, type SessionDraft, type SessionField } from './draft.ts';
import { itemHasError, SESSION_FIELD_LABELS as LABELS, sessionAddress } from './draft-errors.ts';
import { at, type DraftEditor, updateSession } from './editor.ts';
import { ItemActions } from './ItemActions.tsx';
import { describeDay, PHASE_COLORS, PHASE_LABELS } from './labels.ts';

interface Props {
  editor: DraftEditor;
  /** Uids of the sessions whose fields are open. */
  open: Set<number>;
  setOpen: (uid: number, open: boolean) => void;
}

export function SessionsEditor({ editor, open, setOpen }: Props) {
  const { t } = useT('programs');
  const { draft, update, readOnly } = editor;
  const add = (phase: Phase) => {
    const session = newSession({ phase, kind: 'personal' });
    update((d) => ({ ...d, sessions: [...d.sessions, session] }), 'sessions');
    setOpen(session.uid, true);
    // Focus the new session's name once it is rendered.
    requestAnimationFrame(() =>
      document.getElementById(at(editor, sessionAddress(session.uid, 'name')).id)?.focus(),
    );
  };
  return (
    <Section title={t('sessions.title')} id="program-sessions">
      <Stack gap="md">
        <Text size="sm">{t('sessions.intro')}</Text>
        {editor.errors.fields.sessions && (
          <Text size="sm" c="red.9" role="alert">
            {editor.errors.fields.sessions}
          </Text>
        )}
        {PHASES.map((phase) => {
          const sessions = draft.sessions.filter((s) => s.phase === phase);
          return (
            <Box key={phase} component="section" aria-labelledby={`phase-${phase}`}>
              <Group gap="xs" mb="xs" align="center">
                <Box
                  aria-hidden="true"
                  w={12}
                  h={12}
                  style={{ borderRadius: 3, background: `var(--mantine-color-${PHASE_COLORS[phase]}-7)` }}
                />
                <Title order={3} size="h5" id={`phase-${phase}`}>
                  {PHASE_LABELS[phase]}
                </Title>
                <Text size="sm" c="dimmed">
                  {sessions.length === 0
                    ? t('sessions.none')
                    : t('sessions.count', { count: sessions.length })}
                </Text>
              </Group>
              <Stack gap="xs">
                {sessions.map((s) => (
                  <SessionItem
                    key={s.uid}
                    editor={editor}
                    session={s}
                    open={open.has(s.uid)}
                    setOpen={(o) => setOpen(s.uid, o)}
                  />
                ))}
                {!readOnly && (
                  <Group>
                    <Button variant="default" size="compact-sm" onClick={() => add(phase)}>
                      {t('sessions.add', { phase: PHASE_LABELS[phase].toLowerCase() })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Section>
  );
}

function summary(s: SessionDraft): string {
  const { values, bad } = parseNumberList(s.days);
  const days =
    bad !== null || values.length === 0
      ? tKey('programs:sessions.daysNotSet')
      : values.length === 1
        ? describeDay(values[0]!)
        : tKey('programs:sessions.days', { list: values.join(', ') });
  const needed = Number(s.facilitatorsNeeded.trim());
  const facilitators =
    s.facilitatorsNeeded.trim() && Number.isInteger(needed)
      ? tKey('programs:sessions.facilitators', { count: needed })
      : tKey('programs:sessions.facilitatorsUnknown');
  return `${days[0]!.toUpperCase()}${days.slice(1)} · ${s.startTime || '--:--'} · ${s.durationMinutes.trim() || '?'} min · ${
    s.kind === 'group' ? tKey('programs:sessions.group') : tKey('programs:sessions.personal')
  } · ${facilitators}`;
}

function SessionItem({
  editor,
  session: s,
  open,
  setOpen,
}: {
  editor: DraftEditor;
  session: SessionDraft;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const { t } = useT('programs');
  const { readOnly } = editor;
  const address = (f: SessionField) => sessionAddress(s.uid, f);
  const set = (field: SessionField, value: SessionDraft[SessionField]) =>
    updateSession(editor, s.uid, { [field]: value } as Partial<SessionDraft>, address(field));
  const text = (
    field: 'name' | 'days' | 'startTime' | 'durationMinutes' | 'facilitatorsNeeded' | 'substance' | 'mgPerKg',
    extra: Record<string, unknown> = {},
  ) => (
    <TextInput
      label={LABELS[field]}
      value={s[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      {...extra}
      {...at(editor, address(field))}
    />
  );
  const hasError = itemHasError(editor.errors, sessionAddress(s.uid));
  const name = s.name.trim() || t('sessions.newSession');
  const armNames = s.arms
    .map((u) => editor.draft.arms.find((a) => a.uid === u)?.name.trim())
    .filter(Boolean)
    .join(', ');
  const remove = () =>
    editor.update((d) => ({ ...d, sessions: d.sessions.filter((x) => x.uid !== s.uid) }), 'sessions');

  return (
    <Paper
      withBorder
      p="sm"
      style={{ borderLeft: `4px solid var(--mantine-color-${PHASE_COLORS[s.phase]}-7)` }}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <div style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Group gap="xs">
            <Text fw={600} component="h4" m={0} size="md">
              {name}
            </Text>
            {s.dosing && (
              <Badge color="grape" variant="light" tt="none" leftSection={<DosingIcon />}>
                {s.substance.trim()
                  ? t('sessions.dosingWith', { substance: s.substance.trim() })
                  : t('sessions.dosing')}
              </Badge>
            )}
            {hasError && (
              <Badge color="red" variant="light" tt="none" leftSection={<WarningIcon />}>
                {t('sessions.needsAttention')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{summary(s)}</Text>
          {armNames && <Text size="sm">{t('sessions.arms', { names: armNames })}</Text>}
        </div>
        <ItemActions
          name={name}
          open={open}
          onToggle={() => setOpen(!open)}
          onRemove={remove}
          readOnly={readOnly}
          controls={`session-fields-${s.uid}`}
        />
      </Group>
      {open && (
        <Fieldset variant="unstyled" disabled={readOnly} mt="sm" id={`session-fields-${s.uid}`}>
          <Stack gap="sm">
            {text('name', { maxLength: 200, required: true })}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={LABELS.phase}
                value={s.phase}
                onChange={(e) => set('phase', e.currentTarget.value as Phase)}
                data={PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] }))}
                {...at(editor, address('phase'))}
              />
              <NativeSelect
                label={LABELS.kind}
                value={s.kind}
                onChange={(e) => set('kind', e.currentTarget.value as 'personal' | 'group')}
                data={[
                  { value: 'personal', label: t('sessions.personalOption') },
                  { value: 'group', label: t('sessions.groupOption') },
                ]}
                {...at(editor, address('kind'))}
              />
            </SimpleGrid>
            {text('days', {
              description: t('sessions.daysHint', DEFINITION_LIMITS.day),
            })}
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <TimeField
                label={LABELS.startTime}
                value={s.startTime}
                onChange={(value) => set('startTime', value)}
                description={t('sessions.timeHint')}
                {...at(editor, address('startTime'))}
              />
              {text('durationMinutes', {
                inputMode: 'numeric',
                description: `${DEFINITION_LIMITS.durationMinutes.min}–${DEFINITION_LIMITS.durationMinutes.max}`,
              })}
              {text('facilitatorsNeeded', {
                inputMode: 'numeric',
                description: `${DEFINITION_LIMITS.facilitatorsNeeded.min}–${DEFINITION_LIMITS.facilitatorsNeeded.max}`,
              })}
            </SimpleGrid>
            <Checkbox
              label={LABELS.dosing}
              description={t('sessions.dosingHint')}
              checked={s.dosing}
              onChange={(e) => set('dosing', e.currentTarget.checked)}
              {...at(editor, address('dosing'))}
            />
            {s.dosing && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {text('substance', { maxLength: 100, required: true })}
                <NativeSelect
                  label={LABELS.route}
                  value={s.route}
                  onChange={(e) => set('route', e.currentTarget.value as Route | '')}
                  data={[
                    { value: '', label: t('sessions.routeNotSet') },
                    ...ROUTES.map((r) => ({ value: r, label: r })),
                  ]}
                  {...at(editor, address('route'))}
                />
                {text('mgPerKg', { inputMode: 'decimal', description: t('sessions.doseHint') })}
              </SimpleGrid>
            )}
            <ArmChoice
              editor={editor}
              value={s.arms}
              onChange={(arms) => set('arms', arms)}
              {...at(editor, address('arms'))}
            />
            <Textarea
              label={LABELS.description}
              value={s.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
              {...at(editor, address('description'))}
            />
          </Stack>
        </Fieldset>
      )}
    </Paper>
  );
}
