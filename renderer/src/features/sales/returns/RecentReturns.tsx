// The latest return documents with their money difference; a posted one can be reversed (with a reason), which
// puts stock and the receivable back as they were.
import { Badge, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';
import { useCurrentUser } from '../../../auth/current-user';
import { formatFen } from '../../../components/money';

const STATUS_COLORS = { draft: 'gray', posted: 'green', reversed: 'red', cancelled: 'dark' } as const;

export function RecentReturns() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const isOwner = useCurrentUser().role === 'owner';
  const list = useQuery(trpc.salesReturns.list.queryOptions({ limit: 8 }));
  const [reversing, setReversing] = useState<{ id: string; number: string } | null>(null);
  const [reason, setReason] = useState('');
  const reverse = useMutation(
    trpc.salesReturns.reverse.mutationOptions({
      onSuccess: (r) => {
        notifications.show({ color: 'gray', message: t('sales.returns.reversed', { number: r.number }) });
        void queryClient.invalidateQueries({ queryKey: trpc.salesReturns.pathKey() });
        setReversing(null);
        setReason('');
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const rows = list.data?.rows ?? [];
  return (
    <Stack gap={4} data-testid="recent-returns">
      <Title order={6}>{t('sales.returns.recent')}</Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sales.returns.none')}
        </Text>
      ) : (
        rows.map((r) => (
          <Group key={r.id} gap="sm" wrap="nowrap">
            <Text size="sm" ff="monospace">
              {r.number}
            </Text>
            <Badge size="sm" variant="light" tt="none" color={STATUS_COLORS[r.status]}>
              {t(`sales.returns.status.${r.status}`)}
            </Badge>
            <Text size="sm">{r.customerName}</Text>
            <Text size="sm" c="dimmed">
              {r.orderNumber ?? ''}
            </Text>
            <Text size="sm" fw={500}>
              ¥{formatFen(r.diffFen)}
            </Text>
            {r.status === 'posted' && isOwner ? (
              <Button size="compact-xs" variant="light" color="red" onClick={() => setReversing({ id: r.id, number: r.number })}>
                {t('sales.returns.reverse')}
              </Button>
            ) : null}
          </Group>
        ))
      )}
      <Modal opened={reversing !== null} onClose={() => setReversing(null)} title={`${t('sales.returns.reverse')} ${reversing?.number ?? ''}`} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reversing && reason.trim()) reverse.mutate({ id: reversing.id, reason: reason.trim() });
          }}
        >
          <Stack gap="sm">
            <TextInput label={t('sales.returns.reverseReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus maxLength={200} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReversing(null)}>
                {t('common.actions.cancel')}
              </Button>
              <Button type="submit" color="red" disabled={!reason.trim()} loading={reverse.isPending}>
                {t('sales.returns.reverse')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
