// 促销: promotions by status (the owner creates and ends them, everyone reads), the promotion cost report (owner and
// accountant), and the customer credit terms with the sales settings (owner edits, accountant reads).
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { ScreenFrame } from '../../components/ScreenFrame';
import { CreditTermsPanel } from '../credit/CreditTermsPanel';
import { SalesSettingsPanel } from '../credit/SalesSettingsPanel';
import { PromotionCost } from './PromotionCost';
import { PromotionList } from './PromotionList';

type Tab = 'list' | 'cost' | 'credit';
const column = { display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)', flex: 1, minHeight: 0 } as const;

export function PromotionsScreen() {
  const { t } = useTranslation();
  const role = useCurrentUser().role;
  const isOwner = role === 'owner';
  // The cost report and credit terms are money: the API lets only the owner and the accountant read them.
  const readsMoney = isOwner || role === 'accountant';
  const [tab, setTab] = useState<Tab>('list');
  return (
    <ScreenFrame title={t('promotions.title')}>
      <Tabs value={tab} onChange={(v) => setTab(v === 'cost' || v === 'credit' ? v : 'list')} keepMounted={false} style={column}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('promotions.tabs.list')}</Tabs.Tab>
          {readsMoney ? <Tabs.Tab value="cost">{t('promotions.tabs.cost')}</Tabs.Tab> : null}
          {readsMoney ? <Tabs.Tab value="credit">{t('promotions.tabs.credit')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="list" pt="sm" style={column}>
          <PromotionList canEdit={isOwner} />
        </Tabs.Panel>
        <Tabs.Panel value="cost" pt="sm" style={column}>
          <PromotionCost />
        </Tabs.Panel>
        <Tabs.Panel value="credit" pt="sm" style={column}>
          <CreditTermsPanel canEdit={isOwner} />
          <SalesSettingsPanel canEdit={isOwner} />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
