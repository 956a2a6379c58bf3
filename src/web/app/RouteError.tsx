/** Shown when a screen fails to render: the error, and a way back, instead of a blank page. */
import { Alert, Anchor, Button, Container, Group, Stack } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const { t } = useT('common');
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error);
  const body = (
    <Stack maw={640}>
      <PageHeader title={t('somethingWentWrong')} />
      <Alert color="red" title={t('pageCouldNotBeShown')} role="alert">
        {message}
      </Alert>
      <Group>
        <Button variant="default" onClick={() => window.location.reload()}>
          {t('reloadPage')}
        </Button>
        <Anchor component={Link} to="/">
          {t('goToStart')}
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
