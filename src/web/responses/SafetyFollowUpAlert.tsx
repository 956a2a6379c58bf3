/**
 * Shown on the client page right after a saved questionnaire raised a suicide-risk flag: the reason,
 * and that the client needs follow-up today. It is a role="alert" so screen readers announce it.
 */
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { SUICIDE_RISK } from '../instruments/Flags.tsx';
import type { SavedResponse } from './saved.ts';

interface Props {
  saved: SavedResponse;
  clientName: string;
  onDismiss: () => void;
}

export function SafetyFollowUpAlert({ saved, clientName, onDismiss }: Props) {
  const flags = saved.flags.filter((f) => f.id === SUICIDE_RISK);
  if (!flags.length) return null;
  return (
    <Alert
      color="red.9"
      variant="filled"
      role="alert"
      title={`Suicide-risk flag on the ${saved.shortName} just saved`}
      mb="lg"
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {flags.length === 1 ? (
        <Text fw={700}>{flags[0]!.reason}.</Text>
      ) : (
        <List>
          {flags.map((f) => (
            <List.Item key={f.reason} fw={700}>
              {f.reason}.
            </List.Item>
          ))}
        </List>
      )}
      <Text mt="xs">
        {clientName} needs follow-up today. Contact the client and follow your organization's safety protocol.
      </Text>
      <Group mt="sm">
        <Button variant="white" color="red.9" size="xs" onClick={onDismiss}>
          Dismiss this alert
        </Button>
      </Group>
    </Alert>
  );
}
