/**
 * Members with their role and two-factor status. Owners (member.manage) change roles in place and
 * remove members after confirming; changes to one's own membership are confirmed too.
 */

import { Badge, Button, NativeSelect, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Member } from '../../api/organizations.ts';
import { ROLES, type Role } from '../../domain/access/roles.ts';
import { useSession } from '../app/session-context.tsx';
import { errorMessage } from '../http/problem.ts';
import { organizationTimeZone } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDateIn } from '../sessions/time.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { ROLE_LABELS } from '../ui/labels.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useChangeRole, useRemoveMember } from './api.ts';

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

export function MembersTable({ members, canManage }: { members: Member[]; canManage: boolean }) {
  const { t } = useT('members');
  const session = useSession();
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [demoting, setDemoting] = useState<{ member: Member; role: Role } | null>(null);

  const applyRole = (member: Member, role: Role) => {
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => {
          setDemoting(null);
          notifications.show({ message: t('table.nowRole', { name: member.name, role: ROLE_LABELS[role] }) });
        },
        onError: (error) => {
          setDemoting(null);
          notifications.show({
            color: 'red',
            title: t('table.roleNotChanged'),
            message: errorMessage(error),
          });
        },
      },
    );
  };

  const onRoleChange = (member: Member, value: string) => {
    if (!isRole(value) || value === member.role) return;
    if (member.userId === session.user.id) setDemoting({ member, role: value });
    else applyRole(member, value);
  };

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.userId, {
      onSuccess: () => {
        notifications.show({ message: t('table.removed', { name: removing.name }) });
        setRemoving(null);
      },
    });
  };

  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };

  return (
    <>
      <ScrollTable label={t('table.label')} minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.name')}</Table.Th>
            <Table.Th scope="col">{t('table.role')}</Table.Th>
            <Table.Th scope="col">{t('table.twoFactor')}</Table.Th>
            <Table.Th scope="col">{t('table.joined')}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {m.name}
                  {m.userId === session.user.id && t('table.you')}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.email}
                </Text>
                {m.disabled && (
                  <Badge color="gray" variant="light" size="sm">
                    {t('table.disabled')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {canManage ? (
                  <NativeSelect
                    aria-label={t('table.roleOf', { name: m.name })}
                    value={m.role}
                    onChange={(e) => onRoleChange(m, e.currentTarget.value)}
                    disabled={changeRole.isPending && changeRole.variables?.userId === m.userId}
                    data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
                    w={160}
                  />
                ) : (
                  ROLE_LABELS[m.role]
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={m.totpEnabled ? 'teal' : 'gray'} variant="light">
                  {m.totpEnabled ? t('table.on') : t('table.off')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <time dateTime={m.joinedAt}>{formatDateIn(m.joinedAt, organizationTimeZone())}</time>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => setRemoving(m)}
                    aria-label={t('table.removeName', { name: m.name })}
                  >
                    {t('table.remove')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <ConfirmModal
        opened={removing !== null}
        onClose={closeRemove}
        onConfirm={confirmRemove}
        title={removing ? t('table.removeTitle', { name: removing.name }) : t('table.removeMember')}
        confirmLabel={t('table.removeConfirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
      >
        {removing?.userId === session.user.id ? t('table.removeSelf') : t('table.removeOther')}
      </ConfirmModal>
      <ConfirmModal
        opened={demoting !== null}
        onClose={() => setDemoting(null)}
        onConfirm={() => demoting && applyRole(demoting.member, demoting.role)}
        title={t('table.ownRoleTitle')}
        confirmLabel={t('table.ownRoleConfirm')}
        loading={changeRole.isPending}
      >
        {demoting && t('table.ownRoleBody', { role: ROLE_LABELS[demoting.role] })}
      </ConfirmModal>
    </>
  );
}
