/** A screen instead of the questionnaire: the link is unknown, answered, closed or withdrawn, or the server is out of reach. */
import { Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { PortalText } from './i18n.ts';
import { PortalButton, PortalShell, ScreenHeading } from './PortalShell.tsx';
import { type PortalProblem, problemText } from './problems.ts';

interface Props {
  problem: PortalProblem;
  t: PortalText;
  organization?: string | undefined;
  /** Offered as "Try again" when the problem may pass (network, server). */
  onRetry?: () => void;
  retrying?: boolean;
}

export function PortalMessage({ problem, t, organization, onRetry, retrying }: Props) {
  const { title, body } = problemText(problem, t);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const canRetry = onRetry && (problem === 'network' || problem === 'other');
  return (
    <PortalShell title={title} organization={organization}>
      <Stack gap="md">
        <ScreenHeading ref={heading}>{title}</ScreenHeading>
        <Text size="lg">{body}</Text>
      </Stack>
      {canRetry && (
        <Stack mt="lg">
          <PortalButton onClick={onRetry} loading={retrying}>
            {t.tryAgain}
          </PortalButton>
        </Stack>
      )}
    </PortalShell>
  );
}
