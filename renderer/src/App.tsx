// Providers around the whole UI: Mantine (theme, notifications), TanStack Query with the typed tRPC client, the
// global scanner listener, and the session gate that picks setup, sign-in or the app.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { TRPCProvider } from './api/trpc';
import { SessionGate } from './auth/SessionGate';
import { ScannerListener } from './scanner/ScannerListener';
import { screens } from './screens';
import { AppLayout } from './shell/AppLayout';
import { makeTheme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const { t, i18n } = useTranslation();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language; rebuild the theme then.
  const theme = useMemo(() => makeTheme(t), [t, i18n.language]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
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
