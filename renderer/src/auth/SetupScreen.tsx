// First-run page: the data dir has no account yet, so the first owner (店主) is created here and signed in.
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setupOwnerInput, type SetupOwnerInput } from '../api/contract';
import { useTRPC } from '../api/trpc';
import { contractResolver } from '../forms/contract-resolver';
import { applyServerError } from '../forms/server-errors';
import { AuthLayout } from './AuthLayout';
import { useSignIn } from './useSignIn';

type Values = SetupOwnerInput & { confirm: string };

const toInput = ({ confirm: _confirm, ...input }: Values): SetupOwnerInput => input;

export function SetupScreen({ version }: { version: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signIn = useSignIn();
  const [error, setError] = useState<string | null>(null);
  const schemaErrors = contractResolver<Values, typeof setupOwnerInput>(setupOwnerInput, toInput);
  const form = useForm<Values>({
    initialValues: { username: '', displayName: '', password: '', confirm: '' },
    validate: (values) => ({
      ...schemaErrors(values),
      ...(values.confirm !== values.password ? { confirm: t('auth.setup.mismatch') } : {}),
    }),
  });
  const setup = useMutation(trpc.auth.setupOwner.mutationOptions());

  const submit = form.onSubmit((values) => {
    setError(null);
    setup.mutate(toInput(values), {
      onSuccess: (result) => {
        signIn(result);
        void queryClient.invalidateQueries({ queryKey: trpc.auth.status.queryKey() });
      },
      onError: (err) => setError(applyServerError(form, err, t('common.errors.network'))),
    });
  });

  return (
    <AuthLayout title={t('auth.setup.title')} subtitle={t('auth.setup.subtitle')} version={version}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('auth.setup.username')}
            description={t('auth.setup.usernameHint')}
            autoComplete="username"
            autoFocus
            {...form.getInputProps('username')}
          />
          <TextInput label={t('auth.setup.displayName')} {...form.getInputProps('displayName')} />
          <PasswordInput
            label={t('auth.setup.password')}
            description={t('auth.setup.passwordHint')}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput label={t('auth.setup.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" loading={setup.isPending} fullWidth>
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
