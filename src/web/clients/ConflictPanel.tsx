/**
 * Shown when someone else saved the client while this user was editing: what changed on each side,
 * and two ways forward. The user's draft stays in the form below until they choose.
 */
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Client } from '../../api/clients.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import {
  type ClientDraft,
  type ClientField,
  changedFields,
  draftFromClient,
  FIELD_LABELS,
  isPortalLanguage,
  LANGUAGE_LABELS,
} from './draft.ts';

interface Props {
  /** The version the user started editing. */
  base: Client;
  /** The version saved by someone else. */
  current: Client;
  draft: ClientDraft;
  fields: readonly ClientField[];
  onReapply: () => void;
  onDiscard: () => void;
}

const show = (field: ClientField, value: string) => {
  if (field === 'language' && isPortalLanguage(value)) return LANGUAGE_LABELS[value];
  return value.trim() ? value : '(empty)';
};

export function ConflictPanel({ base, current, draft, fields, onReapply, onDiscard }: Props) {
  const before = draftFromClient(base);
  const theirs = draftFromClient(current);
  const theyChanged = changedFields(before, theirs, fields);
  const youChanged = changedFields(before, draft, fields);
  const rows = fields.filter((f) => theyChanged.includes(f) || youChanged.includes(f));
  const both = theyChanged.filter((f) => youChanged.includes(f) && theirs[f].trim() !== draft[f].trim());

  return (
    <Alert color="orange" title="Someone else saved this client while you were editing" role="alert">
      <Stack gap="sm">
        <Text size="sm">
          Your changes have not been saved. They are still in the form below. Review the differences, then
          load the latest version and re-apply your changes, or discard them.
        </Text>
        {rows.length > 0 ? (
          <ScrollTable label="Differences between the versions" minWidth={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Field</Table.Th>
                <Table.Th scope="col">When you started</Table.Th>
                <Table.Th scope="col">Saved by someone else</Table.Th>
                <Table.Th scope="col">Your version</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((f) => (
                <Table.Tr key={f}>
                  <Table.Th scope="row">{FIELD_LABELS[f]}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{show(f, before[f])}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }} fw={theyChanged.includes(f) ? 700 : undefined}>
                    {show(f, theirs[f])}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }} fw={youChanged.includes(f) ? 700 : undefined}>
                    {show(f, draft[f])}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        ) : (
          <Text size="sm">
            The other save changed nothing that this form shows (it may have archived or restored the record).
          </Text>
        )}
        {both.length > 0 && (
          <Text size="sm" fw={600}>
            You both changed: {both.map((f) => FIELD_LABELS[f]).join(', ')}. Re-applying keeps your value for
            {both.length === 1 ? ' this field' : ' these fields'}.
          </Text>
        )}
        <Group>
          <Button onClick={onReapply}>Load latest and re-apply my changes</Button>
          <Button variant="default" onClick={onDiscard}>
            Discard my changes and load latest
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
