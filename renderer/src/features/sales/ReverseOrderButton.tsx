// 冲销: the owner reverses a delivered (or partly delivered) order — stock comes back and a credit note cancels the
// invoice; the order itself is never edited. Refused while a posted return exists (the return is reversed first).
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { SalesOrderView } from './sales-types';

export function ReverseOrderButton({ order, onDone }: { order: SalesOrderView; onDone: (o: SalesOrderView) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reverse = useMutation(
    trpc.salesOrders.reverse.mutationOptions({
      onSuccess: (o) => {
        setOpen(false);
        notifications.show({ color: 'green', message: t('sales.reverse.done', { number: o.number }) });
        onDone(o);
      },
      onError: (e) => setProblem(errorText(e, t('common.errors.network'))),
    }),
  );
  return (
    <>
      <Button variant="light" color="red" onClick={() => setOpen(true)}>
        {t('sales.reverse.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('sales.reverse.title', { number: order.number })}>
        <Stack gap="sm">
          <Text size="sm">{t('sales.reverse.explain')}</Text>
          <Textarea label={t('sales.reverse.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-autofocus />
          {problem ? (
            <Text c="red" size="sm" role="alert">
              {problem}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button color="red" disabled={reason.trim() === ''} loading={reverse.isPending} onClick={() => reverse.mutate({ id: order.id, reason: reason.trim() })}>
              {t('sales.reverse.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
