// New staff account (owner only): username, name, role and an initial password, checked by createUserInput.
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUserInput, type CreateUserInput } from '../../api/contract';
import { useTRPC } from '../../api/trpc';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';
import { ROLES } from './roles';

export function UserCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateUserInput>({
    initialValues: { username: '', displayName: '', role: 'clerk', password: '' },
    validate: contractResolver<CreateUserInput, typeof createUserInput>(createUserInput),
  });
  const create = useMutation(trpc.users.create.mutationOptions());

  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('users.created') });
        void queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
        onClose();
      },
      onError: (err) => setError(applyServerError(form, err, t('common.errors.network'))),
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('users.form.createTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('users.form.username')} data-autofocus withAsterisk {...form.getInputProps('username')} />
          <TextInput label={t('users.form.displayName')} withAsterisk {...form.getInputProps('displayName')} />
          <Select
            label={t('users.form.role')}
            withAsterisk
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <PasswordInput label={t('users.form.password')} description={t('users.form.passwordHint')} withAsterisk {...form.getInputProps('password')} />
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
