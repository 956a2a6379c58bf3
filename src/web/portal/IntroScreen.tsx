/** The first screen: who asks, which questionnaire, until when, its time period and instructions. */
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import type { PortalInvitation } from './api.ts';
import { formatPortalDateTime, languageList, type PortalText } from './i18n.ts';
import { PortalButton, ScreenHeading } from './PortalShell.tsx';

interface Props {
  invitation: PortalInvitation;
  t: PortalText;
  /** Answers were kept from an earlier visit. */
  resumed: boolean;
  onStart: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function IntroScreen({ invitation: inv, t, resumed, onStart, headingRef }: Props) {
  const { instrument } = inv;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <ScreenHeading ref={headingRef}>{t.greeting(inv.clientName)}</ScreenHeading>
        <Text size="lg">{t.invitedBy(inv.organization.name)}</Text>
      </Stack>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="portal-questionnaire-name">
        <Title order={2} size="h3" id="portal-questionnaire-name" style={{ overflowWrap: 'break-word' }}>
          {inv.label}
        </Title>
        <Text mt={4} style={{ overflowWrap: 'break-word' }}>
          {/* The registry's name, in English whatever the language of the texts. */}
          <span lang="en">
            {instrument.name} ({instrument.shortName})
          </span>
        </Text>
        <Text mt="xs">{t.questionCount(instrument.items.length)}</Text>
        <Text>{t.closesOn(formatPortalDateTime(inv.closesAt, inv.language, inv.organization.timezone))}</Text>
      </Paper>
      {instrument.fallback && (
        <Alert color="blue" variant="light" role="note">
          <Text>{t.fallbackNotice(languageList(instrument.installedLanguages, inv.language))}</Text>
        </Alert>
      )}
      <Stack gap={4}>
        <Text fw={700}>{t.timePeriod}</Text>
        <Text lang={instrument.language}>{instrument.recallPeriod}</Text>
      </Stack>
      {instrument.instructions && (
        <Stack gap={4}>
          <Text fw={700}>{t.instructions}</Text>
          <Text lang={instrument.language} size="lg" style={{ overflowWrap: 'break-word' }}>
            {instrument.instructions}
          </Text>
        </Stack>
      )}
      {resumed && <Text>{t.resumeNote}</Text>}
      <Stack>
        <PortalButton onClick={onStart}>{resumed ? t.resume : t.start}</PortalButton>
      </Stack>
    </Stack>
  );
}
