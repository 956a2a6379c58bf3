/**
 * Tick boxes for a cohort's facilitators: whoever staffs cohorts (`cohort.manage`: owners,
 * clinicians, intake) picks from the members who run sessions; other roles see the facilitators
 * already assigned.
 */
import { Checkbox, Group, Text } from '@mantine/core';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { type Ref, useFacilitatorChoices } from './api.ts';

interface Props {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Names of the facilitators already assigned (shown when members cannot be listed). */
  current: Ref[];
  error?: string | undefined;
}

export function FacilitatorChoice({ value, onChange, current, error }: Props) {
  const { t } = useT('cohorts');
  const canList = useCan('session.schedule');
  const members = useFacilitatorChoices(canList);
  if (!canList) {
    return (
      <div>
        <Text size="sm" fw={500}>
          {t('fields.facilitators')}
        </Text>
        <Text size="sm">
          {current.length ? current.map((f) => f.name).join(', ') : t('fields.noneAssigned')}{' '}
          {t('fields.whoAssigns')}
        </Text>
      </div>
    );
  }
  const items = members.data ?? [];
  // Assigned facilitators who are no longer listed (removed, or role changed) stay visible.
  const missing = current.filter((f) => value.includes(f.id) && !items.some((m) => m.userId === f.id));
  return (
    <Checkbox.Group
      label={t('fields.facilitators')}
      description={t('fields.facilitatorsHint')}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Group gap="md" mt={4}>
        {members.isPending && <Text size="sm">{t('fields.loadingMembers')}</Text>}
        {members.isError && <Text size="sm">{t('fields.membersFailed')}</Text>}
        {items.map((m) => (
          <Checkbox key={m.userId} value={m.userId} label={`${m.name} (${ROLE_LABELS[m.role]})`} />
        ))}
        {missing.map((f) => (
          <Checkbox key={f.id} value={f.id} label={f.name} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
