/** For addresses that lead nowhere. */
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

interface Props {
  title?: string;
  message?: string;
}

export function NotFoundPage({ title, message }: Props) {
  const { t } = useT('common');
  return (
    <>
      <PageHeader title={title ?? t('notFoundTitle')} />
      <Text mb="md">{message ?? t('notFoundBody')}</Text>
      <Anchor component={Link} to="/">
        {t('goToStart')}
      </Anchor>
    </>
  );
}
