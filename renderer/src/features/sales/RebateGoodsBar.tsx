// 返利货 on an order being written: what the store is owed as rebate goods (a store rebate paid as goods) and a
// button to put the rest of it on this order as a zero-price gift line; the entitlement is used when it leaves.
import { Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import type { OrderEditor } from './useOrderEditor';
import type { SalesOrderView } from './sales-types';

export function RebateGoodsBar({ order, editor }: { order: SalesOrderView; editor: OrderEditor }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const owed = useQuery(trpc.salesOrders.rebateGoodsOwed.queryOptions({ customerId: order.customerId })).data ?? [];
  const onOrder = (productId: string) => order.lines.filter((l) => l.rebateGoods && l.productId === productId).reduce((a, l) => a + l.qtyBase, 0);
  const byProduct = new Map<string, { productId: string; productName: string; left: number }>();
  for (const g of owed) {
    const row = byProduct.get(g.productId) ?? { productId: g.productId, productName: g.productName, left: 0 };
    row.left += g.remainingQty;
    byProduct.set(g.productId, row);
  }
  const rows = [...byProduct.values()].map((r) => ({ ...r, left: r.left - onOrder(r.productId) })).filter((r) => r.left > 0);
  if (rows.length === 0) return null;
  return (
    <Group gap="sm" data-testid="rebate-goods">
      {rows.map((r) => (
        <Group gap={6} key={r.productId}>
          <Text size="sm">{t('sales.rebateGoods.owed', { name: r.productName, qty: r.left })}</Text>
          <Button size="compact-xs" variant="light" color="grape" onClick={() => editor.addLine({ productId: r.productId, qty: r.left, rebateGoods: true }, t('sales.rebateGoods.added', { name: r.productName, qty: r.left }))}>
            {t('sales.rebateGoods.add')}
          </Button>
        </Group>
      ))}
    </Group>
  );
}
