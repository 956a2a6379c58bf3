/**
 * After sending: the organization's crisis-support message and crisis lines first and prominently
 * when an answer signalled risk, then the thanks and the way to the client's own page (their scores
 * over time, their journal), then the score in plain words with what the score ranges mean.
 */
import { List, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import type { PortalInvitation, SubmitResult } from './api.ts';
import { CrisisPanel } from './CrisisPanel.tsx';
import type { PortalText } from './i18n.ts';
import { Link } from './navigation.tsx';
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
        <CrisisPanel
          title={t.crisisTitle}
          message={crisis.message}
          contacts={invitation.crisis.contacts}
          t={t}
          panelRef={crisisRef}
        />
      )}
      <Stack gap="xs">
        <ScreenHeading ref={headingRef}>{t.doneTitle}</ScreenHeading>
        <Text size="lg">{t.doneBody(invitation.organization.name)}</Text>
        <Text>{t.closePage}</Text>
        <Text>
          <Link to="/portal">{t.seeProgress}</Link>
        </Text>
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
