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
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { formatDate } from '../ui/format.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useChangeRole, useRemoveMember } from './api.ts';

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

export function MembersTable({ members, canManage }: { members: Member[]; canManage: boolean }) {
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
          notifications.show({ message: `${member.name} is now ${ROLE_LABELS[role]}.` });
        },
        onError: (error) => {
          setDemoting(null);
          notifications.show({ color: 'red', title: 'Role not changed', message: errorMessage(error) });
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
        notifications.show({ message: `${removing.name} was removed from the organization.` });
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
      <ScrollTable label="Members" minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Two-factor</Table.Th>
            <Table.Th scope="col">Joined</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
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
                  {m.userId === session.user.id && ' (you)'}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.email}
                </Text>
                {m.disabled && (
                  <Badge color="gray" variant="light" size="sm">
                    Account disabled
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {canManage ? (
                  <NativeSelect
                    aria-label={`Role of ${m.name}`}
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
                  {m.totpEnabled ? 'On' : 'Off'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <time dateTime={m.joinedAt}>{formatDate(m.joinedAt.slice(0, 10))}</time>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => setRemoving(m)}
                    aria-label={`Remove ${m.name}`}
                  >
                    Remove
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
        title={removing ? `Remove ${removing.name}?` : 'Remove member?'}
        confirmLabel="Remove member"
        danger
        loading={remove.isPending}
        error={remove.error}
      >
        {removing?.userId === session.user.id
          ? 'You are removing yourself: you will lose access to this organization at once.'
          : 'They will lose access to this organization at once. Their past actions stay in the audit trail.'}
      </ConfirmModal>
      <ConfirmModal
        opened={demoting !== null}
        onClose={() => setDemoting(null)}
        onConfirm={() => demoting && applyRole(demoting.member, demoting.role)}
        title="Change your own role?"
        confirmLabel="Change my role"
        loading={changeRole.isPending}
      >
        {demoting &&
          `You will become ${ROLE_LABELS[demoting.role]} in this organization, and may lose access to this page.`}
      </ConfirmModal>
    </>
  );
}
