/** After sending: what was received and what happens next (an offer by email, or the waitlist). */
import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from '../portal/navigation.tsx';
import { ScreenHeading } from '../portal/PortalShell.tsx';
import { bigButtonStyles } from './buttonStyles.ts';
import type { ApplyT } from './text.ts';

interface Props {
  email: string;
  waitlist: boolean;
  slug: string;
  t: ApplyT;
}

export function SuccessScreen({ email, waitlist, slug, t }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md">
      <ScreenHeading ref={heading}>{t('successTitle')}</ScreenHeading>
      <Text size="lg">{t('successBody', { email })}</Text>
      <Text size="lg">{waitlist ? t('successWaitlist') : t('successOffer')}</Text>
      <Button
        component={Link}
        to={`/apply/${encodeURIComponent(slug)}`}
        variant="default"
        size="lg"
        styles={bigButtonStyles}
      >
        {t('backToRetreats')}
      </Button>
    </Stack>
  );
}
