// One account: enable/disable it and reset its password. The server refuses to disable the last active owner and
// says so in the person's language.
import { Alert, Button, Divider, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPasswordInput } from '../../api/contract';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';

type UserRow = ApiOutputs['users']['list'][number];

export function UserManageModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const setActive = useMutation(trpc.users.setActive.mutationOptions());
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());
  const form = useForm({
    initialValues: { id: user.id, password: '' },
    validate: contractResolver<{ id: string; password: string }, typeof resetPasswordInput>(resetPasswordInput),
  });

  const toggle = () => {
    setError(null);
    setActive.mutate(
      { id: user.id, active: !user.active },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: user.active ? t('users.manage.disabled') : t('users.manage.enabled') });
          void refresh();
          onClose();
        },
        onError: (err) => setError(errorText(err, t('common.errors.network'))),
      },
    );
  };

  const submit = form.onSubmit((values) => {
    setError(null);
    reset.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('users.manage.resetDone') });
        onClose();
      },
      onError: (err) => setError(applyServerError(form, err, t('common.errors.network'))),
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('users.manage.title', { name: user.displayName })}>
      <Stack>
        <Group>
          <Text fw={500}>{user.username}</Text>
          <Text c="dimmed">{t(`common.roles.${user.role}`)}</Text>
          <StatusBadge active={user.active} />
        </Group>
        <Button variant="light" color={user.active ? 'red' : 'green'} onClick={toggle} loading={setActive.isPending}>
          {user.active ? t('users.manage.disable') : t('users.manage.enable')}
        </Button>
        <Divider label={t('users.manage.resetTitle')} />
        <form onSubmit={submit} noValidate>
          <Stack>
            <PasswordInput label={t('users.manage.newPassword')} description={t('users.form.passwordHint')} {...form.getInputProps('password')} />
            <Group justify="flex-end">
              <Button type="submit" loading={reset.isPending}>
                {t('users.manage.reset')}
              </Button>
            </Group>
          </Stack>
        </form>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
      </Stack>
    </Modal>
  );
}
