// Providers around the whole UI: Mantine (theme, notifications), TanStack Query with the typed tRPC client, the
// global scanner listener, and the session gate that picks setup, sign-in or the app.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { apiClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { TRPCProvider } from './api/trpc';
import { SessionGate } from './auth/SessionGate';
import { ScannerListener } from './scanner/ScannerListener';
import { screens } from './screens';
import { AppLayout } from './shell/AppLayout';
import { theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" limit={4} />
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
          <ScannerListener />
          <SessionGate>
            <AppLayout screens={screens} />
          </SessionGate>
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
