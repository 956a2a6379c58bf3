/** Picks the active organization; each option shows the user's role there. */
import { NativeSelect, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { useSwitchOrganization } from './session-actions.ts';
import { useSession } from './session-context.tsx';

export function OrganizationSwitcher({ inline = false }: { inline?: boolean }) {
  const session = useSession();
  const switchOrganization = useSwitchOrganization();
  const navigate = useNavigate();
  const { t } = useT('nav');

  if (session.organizations.length === 0) {
    return <Text size="sm">{t('organization.none')}</Text>;
  }

  const onChange = (organizationId: string) => {
    if (organizationId === session.activeOrganizationId) return;
    switchOrganization.mutate(organizationId, {
      onSuccess: (next) => {
        const org = next.organizations.find((o) => o.id === next.activeOrganizationId);
        navigate('/');
        notifications.show({ message: t('organization.switched', { name: org?.name ?? '' }) });
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('organization.switchFailed'),
          message: errorMessage(error),
        }),
    });
  };

  return (
    <NativeSelect
      label={t('organization.label')}
      value={session.activeOrganizationId ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      disabled={switchOrganization.isPending}
      data={[
        ...(session.activeOrganizationId ? [] : [{ value: '', label: t('organization.choose') }]),
        ...session.organizations.map((o) => ({
          value: o.id,
          label: t('organization.option', { name: o.name, role: ROLE_LABELS[o.role] }),
        })),
      ]}
      size="sm"
      styles={
        inline
          ? {
              root: { display: 'flex', alignItems: 'center', gap: 8 },
              label: { whiteSpace: 'nowrap', marginBottom: 0 },
              wrapper: { maxWidth: 280 },
            }
          : undefined
      }
    />
  );
}
