// 收款记录: receipts newest first; 新建收款 (N) opens the receipt form; Enter on a receipt offers its reversal (冲销),
// never deletion.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { arrayRows, VirtualTable } from '../../../components/VirtualTable';
import type { ItemRow } from '../finance-types';
import { itemColumns } from '../receivables/item-columns';
import { ReceiptFormModal } from './ReceiptFormModal';
import { ReverseReceiptModal } from './ReverseReceiptModal';

export function ReceiptsPanel() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [creating, setCreating] = useState(false);
  const [reversing, setReversing] = useState<ItemRow | null>(null);
  const list = useQuery(trpc.receipts.list.queryOptions({ limit: 1000 }));
  const rows = list.data ?? [];
  useHotkeys([['mod+N', () => setCreating(true)]]);
  return (
    <Stack gap="sm" h="100%">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t('common.table.count', { total: rows.length })}</Text>
        <Button onClick={() => setCreating(true)}>{t('finance.receipts.new')}</Button>
      </Group>
      <VirtualTable
        {...arrayRows(rows)}
        columns={itemColumns(t, { customer: true })}
        rowKey={(r) => r.id}
        onOpen={(r) => { if (!r.reversed) setReversing(r); }}
        label={t('finance.receipts.list')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      {creating && <ReceiptFormModal onClose={() => setCreating(false)} />}
      {reversing && <ReverseReceiptModal receipt={reversing} onClose={() => setReversing(null)} />}
    </Stack>
  );
}
