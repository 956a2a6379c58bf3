/** Entry point: providers (Mantine, notifications, react-query) and the router. */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './i18n/i18n.ts';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './app/query-client.ts';
import { createRouter } from './app/router.tsx';
import { fetchSession, sessionKey } from './app/session.ts';
import { connectSessionEvents } from './app/session-events.ts';
import { cssVariablesResolver, theme } from './app/theme.ts';
import { prefetchOutcomesAt } from './outcomes/prefetch.ts';

const queryClient = createQueryClient();
connectSessionEvents(queryClient);
// Every page starts by asking who is signed in: asked before the first render rather than after it
// (the page's own query then finds it in flight), and beside the outcome report on its dashboard.
void queryClient.prefetchQuery({ queryKey: sessionKey, queryFn: fetchSession });
prefetchOutcomesAt(queryClient, window.location);
const router = createRouter();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
