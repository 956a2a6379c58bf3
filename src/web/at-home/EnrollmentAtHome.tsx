/**
 * On a client's enrollment: when the program doses at home, the support person and their
 * attestation can be recorded ahead of the dosing day (the dose is refused without them).
 */
import { Stack, Text } from '@mantine/core';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { useProgramAtHome } from './api.ts';
import { SupportPersonSection } from './SupportPersonSection.tsx';

export function EnrollmentAtHome(props: { programId: string; enrollmentId: string; zone: string }) {
  const { t } = useT('atHome');
  const canRecord = useCan('dosing.record');
  const settings = useProgramAtHome(props.programId);
  if (!settings.data?.atHome) return null;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('enrollment.atHomeProgram')}</Text>
      <SupportPersonSection
        enrollmentId={props.enrollmentId}
        canRecord={canRecord}
        zone={props.zone}
        headingOrder={4}
      />
    </Stack>
  );
}
