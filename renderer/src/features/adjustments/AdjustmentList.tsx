// Adjustments newest first (damage, samples, write-offs and stocktake results) with their status; the owner
// reverses a posted one (a 冲销单 brings the goods back at the cost they left at).
import { Badge, Button, Table } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { FRESH } from '../vans/lines/fresh';
import { useAfterPost } from '../vans/lines/useAfterPost';
import { ReasonModal } from './ReasonModal';
import { NoRows } from '../vans/lines/NoRows';

const STATUS_COLOR: Record<string, string> = { posted: 'green', pending: 'orange', reversed: 'gray', cancelled: 'gray' };

export function AdjustmentList({ canReverse }: { canReverse: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const after = useAfterPost();
  const list = useQuery({ ...trpc.adjustments.list.queryOptions({ limit: 100 }), ...FRESH });
  const [reversing, setReversing] = useState<{ id: string; number: string } | null>(null);
  const reverse = useMutation(
    trpc.adjustments.reverse.mutationOptions({
      onSuccess: (doc) => {
        after.done(t('adjustments.reversed', { number: doc.number }));
        setReversing(null);
      },
      onError: after.fail,
    }),
  );
  const rows = list.data ?? [];
  if (rows.length === 0) {
    return <NoRows pending={list.isPending} />;
  }
  return (
    <>
      <Table withTableBorder aria-label={t('adjustments.recent')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adjustments.fields.number')}</Table.Th>
            <Table.Th>{t('adjustments.fields.date')}</Table.Th>
            <Table.Th>{t('adjustments.fields.kind')}</Table.Th>
            <Table.Th>{t('adjustments.fields.warehouse')}</Table.Th>
            <Table.Th>{t('adjustments.fields.reason')}</Table.Th>
            <Table.Th>{t('adjustments.fields.status')}</Table.Th>
            {canReverse ? <Table.Th /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.number}</Table.Td>
              <Table.Td>{d.businessDate}</Table.Td>
              <Table.Td>{d.kind ? t(`adjustments.kinds.${d.kind}`) : ''}</Table.Td>
              <Table.Td>{d.warehouseName}</Table.Td>
              <Table.Td>{d.reason}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" tt="none" color={STATUS_COLOR[d.status] ?? 'gray'}>
                  {t(`adjustments.statuses.${d.status}`)}
                </Badge>
              </Table.Td>
              {canReverse ? (
                <Table.Td>
                  {d.status === 'posted' ? (
                    <Button size="xs" variant="default" onClick={() => setReversing({ id: d.id, number: d.number })}>
                      {t('adjustments.reverse')}
                    </Button>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ReasonModal
        opened={reversing !== null}
        title={t('adjustments.reverseTitle', { number: reversing?.number ?? '' })}
        label={t('adjustments.reverseReason')}
        loading={reverse.isPending}
        onClose={() => setReversing(null)}
        onConfirm={(reason) => reversing && reverse.mutate({ id: reversing.id, reason })}
      />
    </>
  );
}
