/**
 * The last screen before sending: every question with the answer given (or "Not answered") and a
 * "Change" button back to it, then "Send my answers". A failed send says so and offers to try again;
 * the page reuses the same submission id, so the server still stores one response.
 */
import { Alert, Button, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type Ref, useEffect, useRef } from 'react';
import type { PortalInvitation } from './api.ts';
import type { Answers } from './flow.ts';
import type { PortalLanguage, PortalText } from './i18n.ts';
import { PortalButton, ScreenHeading } from './PortalShell.tsx';

interface Props {
  instrument: PortalInvitation['instrument'];
  answers: Answers;
  t: PortalText;
  language: PortalLanguage;
  sending: boolean;
  /** The last send failed for a reason that may pass (network, server). */
  failed: 'network' | 'other' | null;
  /** When the last send started: a new failure moves focus to its message. */
  attempt: number;
  onChange: (index: number) => void;
  onBack: () => void;
  onSend: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ReviewScreen(props: Props) {
  const { instrument, answers, t, language, sending, failed, attempt } = props;
  const failure = useRef<HTMLDivElement>(null);
  // The send button was disabled while sending, so focus was lost: it goes to what went wrong.
  useEffect(() => {
    if (failed && attempt) failure.current?.focus();
  }, [failed, attempt]);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <ScreenHeading ref={props.headingRef}>{t.reviewTitle}</ScreenHeading>
        <Text size="lg">{t.reviewIntro}</Text>
      </Stack>
      <Stack component="ol" gap="sm" className="portal-review-list">
        {instrument.items.map((item, index) => {
          const value = answers[item.linkId];
          const option = item.options.find((o) => o.value === value);
          return (
            <Paper component="li" key={item.linkId} withBorder p={{ base: 'sm', xs: 'md' }} radius="md">
              <Text fw={700} style={{ overflowWrap: 'break-word' }}>
                {index + 1}. <span lang={instrument.language}>{item.text}</span>
              </Text>
              <Text mt={4} style={{ overflowWrap: 'break-word' }}>
                {option ? (
                  <span lang={instrument.language}>{option.label}</span>
                ) : (
                  <Text span fs="italic">
                    {t.notAnswered}
                  </Text>
                )}
              </Text>
              <Button
                variant="subtle"
                size="md"
                mih={44}
                mt={4}
                px="xs"
                onClick={() => props.onChange(index)}
                disabled={sending}
              >
                {t.change}
                <VisuallyHidden> {t.changeHidden(index + 1)}</VisuallyHidden>
              </Button>
            </Paper>
          );
        })}
      </Stack>
      {failed && (
        <Alert ref={failure} tabIndex={-1} color="red" title={t.sendFailedTitle} style={{ outline: 'none' }}>
          <Text size="md">{failed === 'network' ? t.sendFailedBody : t.otherBody}</Text>
        </Alert>
      )}
      <Stack gap="sm">
        <PortalButton onClick={props.onSend} loading={sending} disabled={sending}>
          {t.send}
        </PortalButton>
        <PortalButton variant="default" onClick={props.onBack} disabled={sending}>
          {t.back}
        </PortalButton>
      </Stack>
      <VisuallyHidden role="status" lang={language}>
        {sending ? t.sending : ''}
      </VisuallyHidden>
    </Stack>
  );
}
