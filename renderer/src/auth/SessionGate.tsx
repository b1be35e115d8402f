// Decides what the window shows: first-run setup, sign-in, or the app for the signed-in person.
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, isAuthError } from '../api/errors';
import { getToken, onTokenChange } from '../api/session-store';
import { useTRPC } from '../api/trpc';
import { FullPageError, FullPageLoader } from '../components/FullPageMessage';
import { CurrentUserContext, type SessionUser } from './current-user';
import { LoginScreen } from './LoginScreen';
import { SetupScreen } from './SetupScreen';

export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const token = useSyncExternalStore(onTokenChange, getToken);
  const status = useQuery(trpc.auth.status.queryOptions());
  const me = useQuery({ ...trpc.auth.me.queryOptions(), enabled: Boolean(token) && status.data?.needsSetup === false });

  if (status.isPending) return <FullPageLoader />;
  if (status.isError) return <FullPageError message={errorText(status.error, t('common.errors.network'))} onRetry={() => void status.refetch()} />;
  const { needsSetup, version } = status.data;
  if (needsSetup) return <SetupScreen version={version} />;
  if (!token) return <LoginScreen version={version} />;
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    // An auth error has already dropped the token (api/query-client.ts); the next render shows the sign-in page.
    if (isAuthError(me.error)) return <FullPageLoader />;
    return <FullPageError message={errorText(me.error, t('common.errors.network'))} onRetry={() => void me.refetch()} />;
  }
  const user: SessionUser = { id: me.data.userId, name: me.data.name, role: me.data.role };
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}
