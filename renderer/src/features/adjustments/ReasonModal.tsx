// Asks for the reason of a rejection or reversal (both are kept with the document), then confirms.
import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  label: string;
  loading: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}

export function ReasonModal({ opened, title, label, loading, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const ok = reason.trim() !== '';
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ok) onConfirm(reason.trim());
        }}
      >
        <TextInput label={label} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={200} data-autofocus />
        <Group justify="flex-end" mt="md">
          <Button type="submit" disabled={!ok} loading={loading}>
            {t('adjustments.confirm')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
