/**
 * The client portal's own entry (portal.html, served for /p/… and /portal…): Mantine, react-query
 * and the portal routes only, so a client's phone does not download the staff app
 * (scripts/portal-budget.mjs keeps it under its budget).
 */
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../app/query-client.ts';
import { cssVariablesResolver, theme } from '../app/theme.ts';
import { PortalApp } from './PortalApp.tsx';

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('portal.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <PortalApp />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
