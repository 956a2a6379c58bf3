/**
 * Shown on the client page right after a saved questionnaire raised a suicide-risk flag: the reason,
 * and that the client needs follow-up today. It is a role="alert" so screen readers announce it.
 */
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { SUICIDE_RISK } from '../instruments/Flags.tsx';
import type { SavedResponse } from './saved.ts';

interface Props {
  saved: SavedResponse;
  clientName: string;
  onDismiss: () => void;
}

export function SafetyFollowUpAlert({ saved, clientName, onDismiss }: Props) {
  const { t } = useT('responses');
  const flags = saved.flags.filter((f) => f.id === SUICIDE_RISK);
  if (!flags.length) return null;
  return (
    <Alert
      color="red.9"
      variant="filled"
      role="alert"
      title={t('safety.title', { name: saved.shortName })}
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
      <Text mt="xs">{t('safety.followUp', { name: clientName })}</Text>
      <Group mt="sm">
        <Button variant="white" color="red.9" size="xs" onClick={onDismiss}>
          {t('safety.dismiss')}
        </Button>
      </Group>
    </Alert>
  );
}
