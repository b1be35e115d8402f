// 库存: on hand by warehouse and product, by batch with expiry (near-expiry rows highlighted, the days from
// settings), and the near-expiry list. Filters: warehouse, product search (name, SKU, pinyin initials).
import { Group, Tabs } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchBox } from '../../components/SearchBox';
import { BalancesTable } from './BalancesTable';
import { BatchesTable } from './BatchesTable';
import { WarehouseSelect } from './WarehouseSelect';

type Tab = 'balances' | 'batches' | 'nearExpiry';
const TABS: readonly Tab[] = ['balances', 'batches', 'nearExpiry'];

export function StockScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('balances');
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 200);
  const panel = { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } as const;

  return (
    <ScreenFrame
      title={t('stock.title')}
      toolbar={
        <Group align="flex-end" gap="sm">
          <SearchBox value={q} onChange={setQ} placeholder={t('stock.search')} label={t('stock.search')} />
          <WarehouseSelect label={t('stock.warehouse')} value={warehouseId} onChange={setWarehouseId} allowAll />
        </Group>
      }
    >
      <Tabs value={tab} onChange={(v) => setTab(TABS.find((x) => x === v) ?? 'balances')} keepMounted={false} style={panel}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`stock.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="balances" pt="sm" style={panel}>
          <BalancesTable warehouseId={warehouseId} search={search} />
        </Tabs.Panel>
        <Tabs.Panel value="batches" pt="sm" style={panel}>
          <BatchesTable warehouseId={warehouseId} search={search} nearOnly={false} />
        </Tabs.Panel>
        <Tabs.Panel value="nearExpiry" pt="sm" style={panel}>
          <BatchesTable warehouseId={warehouseId} search={search} nearOnly />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
