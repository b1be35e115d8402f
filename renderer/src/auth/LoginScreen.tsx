// Sign-in page (登录). Validated by the API's own loginInput schema; a wrong password or a throttled sign-in
// shows the server's translated message above the button.
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput, type LoginInput } from '../api/contract';
import { signOutReason } from '../api/session-store';
import { useTRPC } from '../api/trpc';
import { contractResolver } from '../forms/contract-resolver';
import { applyServerError } from '../forms/server-errors';
import { AuthLayout } from './AuthLayout';
import { useSignIn } from './useSignIn';

export function LoginScreen({ version }: { version: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const signIn = useSignIn();
  const [error, setError] = useState<string | null>(() => (signOutReason() === 'expired' ? t('common.errors.sessionExpired') : null));
  const form = useForm<LoginInput>({
    initialValues: { username: '', password: '' },
    validate: contractResolver<LoginInput, typeof loginInput>(loginInput),
  });
  const login = useMutation(trpc.auth.login.mutationOptions());

  const submit = form.onSubmit((values) => {
    setError(null);
    login.mutate(values, {
      onSuccess: signIn,
      onError: (err) => {
        setError(applyServerError(form, err, t('common.errors.network')));
        form.setFieldValue('password', '');
      },
    });
  });

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')} version={version}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('auth.login.username')} autoComplete="username" data-autofocus autoFocus {...form.getInputProps('username')} />
          <PasswordInput label={t('auth.login.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
