// The owner's approval step: why the order cannot be confirmed as it is (a price outside the brand's limits, a
// customer over the credit limit or overdue) and, for the owner, a reason that approves and confirms in one go.
// Anyone else sees that the order now waits for the owner (订单待审批) and can leave it.
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { neededText } from './needed-text';
import type { NeededApproval } from './sales-types';

interface Props {
  needed: NeededApproval[];
  isOwner: boolean;
  pending: boolean;
  onApprove: (reason: string) => void;
  onClose: () => void;
}

export function ApprovalModal({ needed, isOwner, pending, onApprove, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('sales.approval.title')} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (isOwner && reason.trim()) onApprove(reason.trim());
        }}
      >
        <Stack gap="sm">
          {needed.map((n) => (
            <Alert key={n.subject} color="orange" data-testid="needed-approval">
              {neededText(n)}
            </Alert>
          ))}
          {isOwner ? (
            <TextInput label={t('sales.approval.reason')} placeholder={t('sales.approval.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus maxLength={200} />
          ) : (
            <Text size="sm">{t('sales.approval.waiting')}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus={!isOwner || undefined}>
              {isOwner ? t('common.actions.cancel') : t('sales.approval.ok')}
            </Button>
            {isOwner ? (
              <Button type="submit" color="orange" disabled={!reason.trim()} loading={pending}>
                {t('sales.approval.approve')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
