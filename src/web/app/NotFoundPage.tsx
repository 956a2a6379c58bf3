/** For addresses that lead nowhere. */
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader.tsx';

interface Props {
  title?: string;
  message?: string;
}

export function NotFoundPage({
  title = 'Page not found',
  message = 'There is nothing at this address. It may have been mistyped, or the page has moved.',
}: Props) {
  return (
    <>
      <PageHeader title={title} />
      <Text mb="md">{message}</Text>
      <Anchor component={Link} to="/">
        Go to the start page
      </Anchor>
    </>
  );
}
