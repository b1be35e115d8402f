// 采购订单: the owner writes orders to the brand (lines by scan or search, prices start at the last ordered),
// submits them, and sees what has arrived; rebate deductions and the next-tier forecast show on each order.
import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { ScreenFrame } from '../../components/ScreenFrame';
import { formatFen } from '../../components/money';
import { PoDetail } from './PoDetail';
import { PoEditor } from './PoEditor';

const STATUSES = ['draft', 'submitted', 'received', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];
const COLORS: Record<Status, string> = { draft: 'gray', submitted: 'blue', received: 'green', cancelled: 'red' };

export function PurchasingScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const list = useQuery(trpc.purchaseOrders.list.queryOptions({ ...(status ? { status } : {}), limit: 200 }));
  if (writing) return <PoEditor onDone={(id) => (setWriting(false), setOpen(id))} onCancel={() => setWriting(false)} />;
  return (
    <ScreenFrame
      title={t('purchasing.title')}
      actions={
        <Button onClick={() => setWriting(true)} aria-keyshortcuts="Alt+N">
          {t('purchasing.new')}
        </Button>
      }
      toolbar={
        <Select
          label={t('purchasing.status')}
          w={200}
          clearable
          value={status}
          onChange={(v) => setStatus(v as Status | null)}
          data={STATUSES.map((s) => ({ value: s, label: t(`purchasing.statuses.${s}`) }))}
        />
      }
    >
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <Table highlightOnHover withTableBorder aria-label={t('purchasing.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.fields.number')}</Table.Th>
              <Table.Th>{t('purchasing.fields.brand')}</Table.Th>
              <Table.Th>{t('purchasing.fields.expectedOn')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.fields.total')}</Table.Th>
              <Table.Th>{t('purchasing.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((po) => (
              <Table.Tr key={po.id} onClick={() => setOpen(po.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>{po.number}</Table.Td>
                <Table.Td>{po.brandName}</Table.Td>
                <Table.Td>{po.expectedOn ?? ''}</Table.Td>
                <Table.Td ta="right">{formatFen(po.total)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" tt="none" color={COLORS[po.status]}>
                    {t(`purchasing.statuses.${po.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data?.length === 0 ? (
          <Group justify="center" p="lg">
            <Text c="dimmed">{t('purchasing.empty')}</Text>
          </Group>
        ) : null}
      </div>
      <PoDetail id={open} onClose={() => setOpen(null)} />
    </ScreenFrame>
  );
}
