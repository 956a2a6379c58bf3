/** Shown when a screen fails to render: the error, and a way back, instead of a blank page. */
import { Alert, Anchor, Button, Container, Group, Stack } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { errorMessage } from '../http/problem.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error);
  const body = (
    <Stack maw={640}>
      <PageHeader title="Something went wrong" />
      <Alert color="red" title="This page could not be shown" role="alert">
        {message}
      </Alert>
      <Group>
        <Button variant="default" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
        <Anchor component={Link} to="/">
          Go to the start page
        </Anchor>
      </Group>
    </Stack>
  );
  return standalone ? (
    <Container component="main" py="xl">
      {body}
    </Container>
  ) : (
    body
  );
}
