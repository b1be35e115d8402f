// 销售: new orders (访销/车销/门市), the order list, delivery of an order, and returns/exchanges/gifts (销退换赠).
// An open order or delivery takes the whole screen; Back returns to the tab it came from.
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { DeliveryPanel } from './DeliveryPanel';
import { OrderEntry } from './OrderEntry';
import { OrderList } from './OrderList';
import { OrderStart } from './OrderStart';
import { ReturnsPanel } from './returns/ReturnsPanel';
import { isDeliverable } from './sales-types';
import { useOrderQrScan } from './useOrderQrScan';

type Tab = 'entry' | 'list' | 'returns';
type Open = { kind: 'order'; id: string } | { kind: 'delivery'; id: string } | null;

export function SalesScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('entry');
  const [open, setOpen] = useState<Open>(null);
  // A delivery note's QR scanned on the list opens that order's delivery (to sign it back).
  useOrderQrScan((order) => setOpen({ kind: isDeliverable(order) ? 'delivery' : 'order', id: order.id }), open === null && tab === 'list');
  const back = () => setOpen(null);

  if (open?.kind === 'order') {
    return <OrderEntry orderId={open.id} onBack={back} onDeliver={(id) => setOpen({ kind: 'delivery', id })} />;
  }
  if (open?.kind === 'delivery') return <DeliveryPanel orderId={open.id} onBack={back} onOpenOrder={(id) => setOpen({ kind: 'order', id })} />;

  return (
    <ScreenFrame title={t('sales.title')}>
      <Tabs value={tab} onChange={(v) => setTab(v === 'list' || v === 'returns' ? v : 'entry')} keepMounted={false} style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
        <Tabs.List>
          <Tabs.Tab value="entry">{t('sales.tabs.entry')}</Tabs.Tab>
          <Tabs.Tab value="list">{t('sales.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="returns">{t('sales.tabs.returns')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="entry" pt="sm">
          <OrderStart onOpen={(id) => setOpen({ kind: 'order', id })} />
        </Tabs.Panel>
        <Tabs.Panel value="list" pt="sm" style={{ display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)', flex: 1, minHeight: 0 }}>
          <OrderList onOpen={(row) => setOpen({ kind: 'order', id: row.id })} />
        </Tabs.Panel>
        <Tabs.Panel value="returns" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <ReturnsPanel />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
