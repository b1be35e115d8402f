// A modal holding one form: fields, the error the server gave that belongs to no field, Cancel and Save.
// Enter in a field submits (a real <form>), Esc closes (Mantine's Modal), focus starts on [data-autofocus].
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  error: string | null;
  children: ReactNode;
  size?: string;
  /** False for people who may only look: fields show, Save does not. */
  canSave?: boolean;
}

export function FormModal({ title, onClose, onSubmit, saving, error, children, size = 'md', canSave = true }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form
        onSubmit={(event) => {
          // React passes events up through portals: without this, a modal opened from another form (a new brand
          // from the product form) would submit that form too.
          event.stopPropagation();
          onSubmit(event);
        }}
        noValidate
      >
        <Stack>
          {children}
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {canSave ? t('common.actions.cancel') : t('common.actions.close')}
            </Button>
            {canSave ? (
              <Button type="submit" loading={saving}>
                {t('common.actions.save')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
