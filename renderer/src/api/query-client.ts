// One QueryClient for the app. Any call that comes back UNAUTHORIZED / SESSION_EXPIRED drops the token, which
// sends the UI back to the sign-in page (see auth/SessionGate.tsx).
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isAuthError } from './errors';
import { getToken, setToken } from './session-store';

function onError(err: unknown): void {
  if (isAuthError(err) && getToken()) setToken(null, 'expired');
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // The warehouse PC and the host sit on the same LAN; data changes by our own hand mostly.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, err) => !isAuthError(err) && count < 1,
      },
    },
  });
}
