/**
 * Arms: groups of clients who follow different sessions (e.g. one vs two dosing sessions). A
 * session or questionnaire with no arm ticked is for every arm.
 */
import { Button, Checkbox, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { newArm } from './draft.ts';
import { armAddress } from './draft-errors.ts';
import { at, type DraftEditor } from './editor.ts';

export function ArmsEditor({ editor }: { editor: DraftEditor }) {
  const { t } = useT('programs');
  const { draft, update, readOnly } = editor;
  const remove = (uid: number) =>
    update((d) => ({
      ...d,
      arms: d.arms.filter((a) => a.uid !== uid),
      sessions: d.sessions.map((s) => ({ ...s, arms: s.arms.filter((u) => u !== uid) })),
      assessments: d.assessments.map((a) => ({ ...a, arms: a.arms.filter((u) => u !== uid) })),
    }));
  const setArm = (uid: number, field: 'name' | 'description', value: string) =>
    update(
      (d) => ({ ...d, arms: d.arms.map((a) => (a.uid === uid ? { ...a, [field]: value } : a)) }),
      armAddress(uid, field),
    );
  return (
    <Section title={t('arms.title')} id="program-arms">
      <Stack gap="sm">
        <Text size="sm">{draft.arms.length === 0 ? t('arms.none') : t('arms.some')}</Text>
        {editor.errors.fields.arms && (
          <Text size="sm" c="red.9" role="alert">
            {editor.errors.fields.arms}
          </Text>
        )}
        {draft.arms.map((arm, i) => (
          <Fieldset
            key={arm.uid}
            legend={
              arm.name.trim()
                ? t('arms.legendNamed', { number: i + 1, name: arm.name.trim() })
                : t('arms.legend', { number: i + 1 })
            }
          >
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('arms.name')}
                value={arm.name}
                onChange={(e) => setArm(arm.uid, 'name', e.currentTarget.value)}
                style={{ flex: '1 1 200px' }}
                maxLength={200}
                {...at(editor, armAddress(arm.uid, 'name'))}
              />
              <TextInput
                label={t('arms.description')}
                value={arm.description}
                onChange={(e) => setArm(arm.uid, 'description', e.currentTarget.value)}
                style={{ flex: '2 1 260px' }}
                maxLength={1000}
                {...at(editor, armAddress(arm.uid, 'description'))}
              />
            </Group>
            {!readOnly && (
              <Button
                variant="outline"
                color="red.9"
                size="compact-sm"
                mt="xs"
                onClick={() => remove(arm.uid)}
              >
                {t('arms.remove', { name: arm.name.trim() || i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        {!readOnly && draft.arms.length < DEFINITION_LIMITS.maxArms && (
          <Group>
            <Button variant="default" onClick={() => update((d) => ({ ...d, arms: [...d.arms, newArm()] }))}>
              {t('arms.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}

/** Tick boxes for the arms an item belongs to (none ticked = every arm); nothing when there are no arms. */
export function ArmChoice(props: {
  editor: DraftEditor;
  value: number[];
  onChange: (uids: number[]) => void;
  id: string;
  error?: string | undefined;
}) {
  const { t } = useT('programs');
  const { editor, value, onChange, id, error } = props;
  if (editor.draft.arms.length === 0) return null;
  return (
    <Checkbox.Group
      id={id}
      label={t('arms.label')}
      description={t('arms.hint')}
      value={value.map(String)}
      onChange={(v) => onChange(v.map(Number))}
      error={error}
    >
      <Group gap="md" mt={4}>
        {editor.draft.arms.map((a, i) => (
          <Checkbox
            key={a.uid}
            value={String(a.uid)}
            label={a.name.trim() || t('arms.numbered', { number: i + 1 })}
          />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
