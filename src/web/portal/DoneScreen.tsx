/**
 * After sending: the organization's crisis-support message first and prominently when an answer
 * signalled risk, then the thanks, then the score in plain words with what the score ranges mean.
 */
import { Alert, List, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import type { PortalInvitation, SubmitResult } from './api.ts';
import type { PortalText } from './i18n.ts';
import { ScreenHeading } from './PortalShell.tsx';

interface Props {
  invitation: PortalInvitation;
  result: SubmitResult;
  t: PortalText;
  headingRef: Ref<HTMLHeadingElement>;
  /** Takes focus instead of the heading when there is a crisis message. */
  crisisRef: Ref<HTMLDivElement>;
}

export function DoneScreen({ invitation, result, t, headingRef, crisisRef }: Props) {
  const { score, crisis } = result;
  const itemLanguage = invitation.instrument.language;
  return (
    <Stack gap="lg">
      {crisis && (
        <Alert
          ref={crisisRef}
          tabIndex={-1}
          role="alert"
          color="red"
          variant="light"
          radius="md"
          title={t.crisisTitle}
          styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
          style={{ border: '3px solid var(--mantine-color-red-9)', outline: 'none' }}
        >
          <Text size="lg" fw={600} c="dark" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'break-word' }}>
            {crisis.message}
          </Text>
        </Alert>
      )}
      <Stack gap="xs">
        <ScreenHeading ref={headingRef}>{t.doneTitle}</ScreenHeading>
        <Text size="lg">{t.doneBody(invitation.organization.name)}</Text>
        <Text>{t.closePage}</Text>
      </Stack>
      {score.total !== null && (
        <Stack gap="xs" component="section" aria-labelledby="portal-score-heading">
          <Title order={2} size="h3" id="portal-score-heading">
            {t.scoreHeading}
          </Title>
          <Text size="lg">
            {t.score(score.total, score.range.max)}
            {score.severity && (
              <>
                {' '}
                (<span lang={itemLanguage}>{score.severity}</span>)
              </>
            )}
          </Text>
          {score.bands.length > 0 && (
            <>
              <Text>{t.bandsIntro}</Text>
              <List>
                {score.bands.map((band) => (
                  <List.Item key={`${band.min}-${band.max}`}>
                    {band.min}–{band.max}: <span lang={itemLanguage}>{band.label}</span>
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Text size="sm">{t.scoreNote}</Text>
        </Stack>
      )}
    </Stack>
  );
}
