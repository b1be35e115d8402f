// After a successful sign-in or first-run setup: remember the token and who it belongs to, so the shell opens
// without another round trip.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Role } from '../api/contract';
import { setToken } from '../api/session-store';
import { useTRPC } from '../api/trpc';

export interface SignedIn {
  token: string;
  user: { id: string; displayName: string; role: Role };
}

export function useSignIn(): (result: SignedIn) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    ({ token, user }: SignedIn) => {
      queryClient.setQueryData(trpc.auth.me.queryKey(), { userId: user.id, role: user.role, name: user.displayName });
      setToken(token);
    },
    [queryClient, trpc],
  );
}
