import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { tKey } from '../i18n/t-key.ts';

/** A spinner that screen readers announce as "Loading …". */
export function PageLoader({ label }: { label?: string }) {
  return (
    <Center py="xl" role="status">
      <Loader size="md" aria-hidden="true" />
      <VisuallyHidden>{label ? `${label}…` : tKey('common:loading')}</VisuallyHidden>
    </Center>
  );
}
