// Write-offs waiting for the owner, with their lines: the owner approves (stock leaves) or rejects with a reason.
import { Button, Group, Table } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { FRESH } from '../vans/lines/fresh';
import { useAfterPost } from '../vans/lines/useAfterPost';
import { ReasonModal } from './ReasonModal';
import { NoRows } from '../vans/lines/NoRows';

export function PendingApprovals({ canApprove }: { canApprove: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Clerks on other PCs add to this queue: read it afresh on opening and every 20 s while it is shown.
  const pending = useQuery({ ...trpc.adjustments.pending.queryOptions(), ...FRESH, refetchInterval: 20_000 });
  const [rejecting, setRejecting] = useState<{ id: string; number: string } | null>(null);
  const after = useAfterPost();
  const done = (key: 'adjustments.approved' | 'adjustments.rejected') => (doc: { number: string }) => {
    after.done(t(key, { number: doc.number }));
    setRejecting(null);
  };
  const fail = after.fail;
  const approve = useMutation(trpc.adjustments.approve.mutationOptions({ onSuccess: done('adjustments.approved'), onError: fail }));
  const reject = useMutation(trpc.adjustments.reject.mutationOptions({ onSuccess: done('adjustments.rejected'), onError: fail }));
  const rows = pending.data ?? [];
  if (rows.length === 0) {
    return <NoRows pending={pending.isPending} text={t('adjustments.noPending')} />;
  }
  return (
    <>
      <Table withTableBorder aria-label={t('adjustments.pending')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adjustments.fields.number')}</Table.Th>
            <Table.Th>{t('adjustments.fields.warehouse')}</Table.Th>
            <Table.Th>{t('adjustments.fields.reason')}</Table.Th>
            <Table.Th>{t('adjustments.fields.lines')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.number}</Table.Td>
              <Table.Td>{d.warehouseName}</Table.Td>
              <Table.Td>{d.reason}</Table.Td>
              <Table.Td>{d.lines.map((l) => `${l.name} ${l.qty}${l.unitName}`).join('，')}</Table.Td>
              <Table.Td>
                {canApprove ? (
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" color="green" loading={approve.isPending} onClick={() => approve.mutate({ id: d.id })}>
                      {t('adjustments.approve')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setRejecting({ id: d.id, number: d.number })}>
                      {t('adjustments.reject')}
                    </Button>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ReasonModal
        opened={rejecting !== null}
        title={`${t('adjustments.reject')} ${rejecting?.number ?? ''}`}
        label={t('adjustments.rejectReason')}
        loading={reject.isPending}
        onClose={() => setRejecting(null)}
        onConfirm={(reason) => rejecting && reject.mutate({ id: rejecting.id, reason })}
      />
    </>
  );
}
