// 返利: statements (对账单), rebate accounts (账户) and policies (政策) as tabs. The owner records credits and
// writes policies; the accountant reads the same screens (the API refuses the accountant's writes anyway).
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { ScreenFrame } from '../../components/ScreenFrame';
import { AccountsTab } from './AccountsTab';
import { PoliciesTab } from './PoliciesTab';
import { StatementsTab } from './StatementsTab';

type Tab = 'statements' | 'accounts' | 'policies';
const TABS: readonly Tab[] = ['statements', 'accounts', 'policies'];

export function RebatesScreen() {
  const { t } = useTranslation();
  const owner = useCurrentUser().role === 'owner';
  const [tab, setTab] = useState<Tab>('statements');
  return (
    <ScreenFrame title={t('rebates.title')}>
      <Tabs value={tab} onChange={(v) => setTab(TABS.find((x) => x === v) ?? 'statements')} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>{t(`rebates.tabs.${x}`)}</Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="statements" pt="sm">
          <StatementsTab />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="sm">
          <AccountsTab owner={owner} />
        </Tabs.Panel>
        <Tabs.Panel value="policies" pt="sm">
          <PoliciesTab owner={owner} />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
