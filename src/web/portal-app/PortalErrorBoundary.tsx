/**
 * The portal entry's net under a screen that fails to render: the error and a way to reload, instead
 * of a blank page (the staff app's RouteError belongs to react-router, which the portal leaves out).
 */

import { Alert, Button, Container, Stack, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { errorMessage } from '../http/problem.ts';
import { tKey } from '../i18n/t-key.ts';

interface State {
  error: unknown;
}

export class PortalErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <Container component="main" py="xl">
        <Stack maw={640}>
          <Title order={1}>{tKey('common:somethingWentWrong')}</Title>
          <Alert color="red" title={tKey('common:pageCouldNotBeShown')} role="alert">
            {errorMessage(this.state.error)}
          </Alert>
          <Button variant="default" onClick={() => window.location.reload()} w="fit-content">
            {tKey('common:reloadPage')}
          </Button>
        </Stack>
      </Container>
    );
  }
}
