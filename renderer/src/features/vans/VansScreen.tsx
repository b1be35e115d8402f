// 装车/回库: pick a van, then load it from the main warehouse by scanner, take its evening return with the
// driver's count and the variance report, see what it holds, and reprint its documents. Accountants and drivers
// (their own van only; the API decides) look without changing anything.
import { Alert, Select, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { ScreenFrame } from '../../components/ScreenFrame';
import { VanHistory } from './VanHistory';
import { VanLoadPanel } from './VanLoadPanel';
import { VanReturnPanel } from './VanReturnPanel';
import { VanStockPanel } from './VanStockPanel';
import { canMoveVans } from './van-types';

type Tab = 'load' | 'return' | 'stock' | 'history';

export function VansScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const mover = canMoveVans(user.role);
  const vans = useQuery(trpc.vans.list.queryOptions());
  const [picked, setPicked] = useState<string | null>(null);
  const van = vans.data?.find((v) => v.id === picked) ?? vans.data?.[0] ?? null;
  const [tab, setTab] = useState<Tab>(mover ? 'load' : 'stock');
  const tabs: Tab[] = mover ? ['load', 'return', 'stock', 'history'] : ['stock', 'history'];

  return (
    <ScreenFrame
      title={t('vans.title')}
      toolbar={
        <Select
          label={t('vans.van')}
          aria-label={t('vans.van')}
          data={(vans.data ?? []).map((v) => ({ value: v.id, label: `${v.name} ${v.plate}${v.driverName ? ` · ${v.driverName}` : ''}` }))}
          value={van?.id ?? null}
          onChange={setPicked}
          allowDeselect={false}
          searchable
          w={320}
        />
      }
    >
      <Stack gap="sm" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {vans.data && vans.data.length === 0 ? <Alert color="yellow">{t('vans.noVans')}</Alert> : null}
        {!mover ? <Alert color="gray">{t('vans.readOnly')}</Alert> : null}
        {van ? (
          <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
            <Tabs.List>
              {tabs.map((id) => (
                <Tabs.Tab key={id} value={id}>
                  {t(`vans.tabs.${id}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="load" pt="sm">
              <VanLoadPanel key={van.id} van={van} />
            </Tabs.Panel>
            <Tabs.Panel value="return" pt="sm">
              <VanReturnPanel key={van.id} van={van} />
            </Tabs.Panel>
            <Tabs.Panel value="stock" pt="sm">
              <VanStockPanel van={van} />
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="sm">
              <VanHistory van={van} />
            </Tabs.Panel>
          </Tabs>
        ) : null}
      </Stack>
    </ScreenFrame>
  );
}
