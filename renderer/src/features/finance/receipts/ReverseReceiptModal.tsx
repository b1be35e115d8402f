// 冲销: a posted receipt is reversed with a reason (its allocations are undone by the core), never deleted.
import { Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';
import { FormModal } from '../../../components/FormModal';
import { formatFen } from '../../../components/money';
import type { ItemRow } from '../finance-types';

export function ReverseReceiptModal({ receipt, onClose }: { receipt: ItemRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reverse = useMutation(
    trpc.receivables.reverse.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.receivables.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.receipts.pathKey() });
        notifications.show({ color: 'green', message: t('finance.receipts.reverseDone') });
        onClose();
      },
      onError: (err) => setError(errorText(err, t('common.errors.network'))),
    }),
  );
  const submit = (e?: FormEvent<HTMLFormElement>) => {
    e?.preventDefault();
    if (!reason.trim()) return setError(t('finance.receipts.reverseReason'));
    reverse.mutate({ itemId: receipt.id, reason: reason.trim() });
  };
  return (
    <FormModal title={t('finance.receipts.reverseTitle', { docNo: receipt.docNo })} onClose={onClose} onSubmit={submit} saving={reverse.isPending} error={error}>
      <Text size="sm">
        {receipt.customerName} · {formatFen(receipt.amount)}
      </Text>
      <TextInput label={t('finance.receipts.reverseReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus required />
    </FormModal>
  );
}
