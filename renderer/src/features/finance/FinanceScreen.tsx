// 财务: the accountant's screens as tabs — receivables (aging, overdue, a customer's ledger), receipts (收款 with
// allocation, reversal), driver cash handover (交款对账), customer statements (对账单) and the statement matching
// workbench (流水匹配).
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { HandoverPanel } from './handover/HandoverPanel';
import { MatchingPanel } from './matching/MatchingPanel';
import { ReceiptsPanel } from './receipts/ReceiptsPanel';
import { ReceivablesPanel } from './receivables/ReceivablesPanel';
import { StatementsPanel } from './statements/StatementsPanel';

type Tab = 'receivables' | 'receipts' | 'handover' | 'matching' | 'statements';
const TABS: readonly Tab[] = ['receivables', 'receipts', 'handover', 'matching', 'statements'];

export function FinanceScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('receivables');
  return (
    <ScreenFrame title={t('finance.title')}>
      <Tabs value={tab} onChange={(v) => setTab(TABS.find((x) => x === v) ?? 'receivables')} keepMounted={false} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Tabs.List>
          <Tabs.Tab value="receivables">{t('finance.tabs.receivables')}</Tabs.Tab>
          <Tabs.Tab value="receipts">{t('finance.tabs.receipts')}</Tabs.Tab>
          <Tabs.Tab value="handover">{t('finance.tabs.handover')}</Tabs.Tab>
          <Tabs.Tab value="matching">{t('finance.tabs.matching')}</Tabs.Tab>
          <Tabs.Tab value="statements">{t('finance.tabs.statements')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="receivables" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <ReceivablesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="receipts" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <ReceiptsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="handover" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <HandoverPanel />
        </Tabs.Panel>
        <Tabs.Panel value="matching" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <MatchingPanel />
        </Tabs.Panel>
        <Tabs.Panel value="statements" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <StatementsPanel />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
