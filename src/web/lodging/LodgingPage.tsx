/**
 * Lodging: the rooms guests sleep in, with their beds, on a page of its own so intake staff keep
 * them (lodging.manage) without the organization's other settings. Read by everyone with
 * lodging.read.
 */
import { Stack, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { LodgingRoomsSection } from './LodgingRoomsSection.tsx';

export function LodgingPage() {
  const { t } = useT('lodging');
  return (
    <Stack gap={0} maw={800}>
      <PageHeader title={t('page.title')}>
        <Text size="sm" mt={4}>
          {t('page.intro')}
        </Text>
      </PageHeader>
      <LodgingRoomsSection />
    </Stack>
  );
}
