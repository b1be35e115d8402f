// Signing out: tell the server (so the token dies there too), then forget it here whatever the answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { setToken } from '../api/session-store';
import { useTRPC } from '../api/trpc';

export function useSignOut(): () => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  const { mutateAsync } = logout;
  return useCallback(() => {
    void mutateAsync()
      .catch(() => undefined)
      .finally(() => {
        setToken(null, 'signout');
        queryClient.clear();
      });
  }, [mutateAsync, queryClient]);
}
