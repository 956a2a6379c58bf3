/**
 * The organization's medication rules, one form per modality: which classes stop or caution
 * dosing, the washout after the last dose, and where each rule comes from. Read by every member
 * who reads programs; saved by those who design them.
 */
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { MEDICATION_CLASSES, RULE_EFFECTS } from '../../domain/medications/types.ts';
import { useCan } from '../app/session-context.tsx';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { type RuleDraft, type RuleSet, useMedicationRules, useSaveMedicationRules } from './api.ts';

function RuleSetForm({ set }: { set: RuleSet }) {
  const { t } = useT('medications');
  const canManage = useCan('program.manage');
  const save = useSaveMedicationRules();
  const [rules, setRules] = useState<RuleDraft[]>(set.rules);
  const errors =
    save.error instanceof ApiError
      ? Object.fromEntries(save.error.fieldErrors.map((e) => [e.field, fieldMessage(e)]))
      : {};
  const put = (i: number, r: Partial<RuleDraft>) =>
    setRules((rs) => rs.map((x, j) => (j === i ? { ...x, ...r } : x)));
  const modality = t(`modality.${set.modality}`);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { modality: set.modality, body: { rules } },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('rules.saved') }) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={modality}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h5">
            {modality}
          </Title>
          <Badge variant="light" color={set.origin === 'default' ? 'gray' : 'teal'}>
            {t(`rules.origin.${set.origin}`)}
          </Badge>
        </Group>
        {rules.length === 0 && <Text size="sm">{t('rules.none')}</Text>}
        {rules.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rules are edited in place by position
          <Group key={i} align="flex-start" wrap="wrap" gap="xs">
            <NativeSelect
              label={t('form.class')}
              disabled={!canManage}
              value={r.medicationClass}
              onChange={(e) => put(i, { medicationClass: e.currentTarget.value })}
              data={MEDICATION_CLASSES.map((c) => ({ value: c, label: t(`classes.${c}`) }))}
              error={errors[`rules[${i}].medicationClass`]}
            />
            <NativeSelect
              label={t('rules.effectLabel')}
              disabled={!canManage}
              value={r.effect}
              onChange={(e) => put(i, { effect: e.currentTarget.value })}
              data={RULE_EFFECTS.map((x) => ({ value: x, label: t(`rules.effect.${x}`) }))}
              error={errors[`rules[${i}].effect`]}
            />
            <NumberInput
              label={t('rules.washout')}
              disabled={!canManage}
              w={150}
              allowDecimal={false}
              value={r.washoutDays ?? ''}
              onChange={(v) => put(i, { washoutDays: typeof v === 'number' ? v : null })}
              error={errors[`rules[${i}].washoutDays`]}
            />
            <TextInput
              label={t('rules.source')}
              disabled={!canManage}
              style={{ flex: 1, minWidth: 200 }}
              value={r.source}
              onChange={(e) => put(i, { source: e.currentTarget.value })}
              error={errors[`rules[${i}].source`]}
            />
            {canManage && (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('rules.removeRule', { n: i + 1 })}
                onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {canManage && (
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                setRules((rs) => [
                  ...rs,
                  { medicationClass: 'other', effect: 'hard-stop', washoutDays: null, source: '' },
                ])
              }
            >
              {t('rules.add')}
            </Button>
            <Button size="xs" type="submit" loading={save.isPending}>
              {t('rules.save', { modality })}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

export function MedicationRulesSection() {
  const { t } = useT('medications');
  const sets = useMedicationRules();
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('rules.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('rules.intro')}
      </Text>
      {sets.error && <ErrorAlert error={sets.error} />}
      <Stack>
        {sets.data?.items.map((s) => (
          <RuleSetForm key={`${s.modality}:${s.origin}:${JSON.stringify(s.rules)}`} set={s} />
        ))}
      </Stack>
    </Paper>
  );
}
