/**
 * One owner's calendar feed: create a private address that a calendar app subscribes to, see the
 * feeds that work, revoke one. The address is shown once, with a copy button and a warning that
 * anyone who has it sees the schedule.
 */

import { Alert, Button, CopyButton, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import {
  activeFeedsOf,
  type CalendarFeed,
  type CreatedFeed,
  type FeedOwnerType,
  useCalendarFeeds,
  useCreateFeed,
  useRevokeFeed,
} from './api.ts';

interface Props {
  ownerType: FeedOwnerType;
  ownerId: string;
  /** Whose sessions, for the text: "your sessions", "Anna de Vries's sessions". */
  whose: string;
  /** Heading level inside the page (2 on the account page, 3 inside the client's programs). */
  headingOrder?: 2 | 3;
  /** Who may have the address, in the warning: "Keep it to yourself", "Give it only to the client". */
  shareAdvice: string;
}

export function CalendarFeedSection({ ownerType, ownerId, whose, headingOrder = 2, shareAdvice }: Props) {
  const { t } = useT('calendarFeeds');
  const headingId = useId();
  const feeds = useCalendarFeeds();
  const { timezone } = useOrgTimezone();
  const formatDateTime = (iso: string) => formatDateTimeIn(iso, timezone);
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [created, setCreated] = useState<CreatedFeed | null>(null);
  const [revoking, setRevoking] = useState<CalendarFeed | null>(null);
  const active = feeds.data ? activeFeedsOf(feeds.data.items, ownerType, ownerId) : [];

  const onCreate = () => {
    create.mutate(
      { ownerType, ownerId },
      {
        onSuccess: (feed) => setCreated(feed),
      },
    );
  };

  const onRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        if (created?.id === revoking.id) setCreated(null);
        setRevoking(null);
      },
    });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Title order={headingOrder} size="h3" id={headingId} mb="sm">
        {t('title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('intro', { whose })}</Text>
        {created && (
          <Alert color="orange" title={t('copyNow')} role="status">
            <Stack gap="xs">
              <Text size="sm">{t('onlyOnce', { advice: shareAdvice })}</Text>
              <TextInput
                label={t('address')}
                value={created.url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                styles={{ input: { fontFamily: 'monospace' } }}
              />
              <Group gap="sm">
                <CopyButton value={created.url}>
                  {({ copied, copy }) => (
                    <Button size="sm" onClick={copy} color={copied ? 'teal.9' : undefined}>
                      {copied ? t('copied') : t('copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button size="sm" variant="default" onClick={() => setCreated(null)}>
                  {t('done')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {feeds.isError && !feeds.data ? (
          <ErrorAlert error={feeds.error} onRetry={() => void feeds.refetch()} />
        ) : feeds.data ? (
          active.length === 0 ? (
            <Text size="sm">{t('none')}</Text>
          ) : (
            <List spacing="xs" listStyleType="none" ml={0} pl={0}>
              {active.map((feed) => (
                <List.Item key={feed.id}>
                  <Group gap="sm" wrap="wrap">
                    <Text size="sm">
                      {t('created')} <time dateTime={feed.createdAt}>{formatDateTime(feed.createdAt)}</time>
                    </Text>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setRevoking(feed)}
                      aria-label={t('revokeLabel', { when: formatDateTime(feed.createdAt) })}
                    >
                      {t('revoke')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )
        ) : null}
        {create.isError && <ErrorAlert error={create.error} title={t('notCreated')} />}
        <Group>
          <Button onClick={onCreate} loading={create.isPending}>
            {active.length ? t('another') : t('create')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={onRevoke}
        title={t('revokeTitle')}
        confirmLabel={t('revokeConfirm')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
      >
        {t('revokeBody')}
      </ConfirmModal>
    </Paper>
  );
}
