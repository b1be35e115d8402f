// 追溯: scan (or type) a case/box/item code to see where it is, what is inside and its whole history; the
// diversion (窜货) alert log; importing the brand's association files; our distributor code and territory. Scans
// land on the lookup from anywhere on the screen, no field needs the focus.
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useScan } from '../../scanner/useScan';
import { CodeLookup } from './CodeLookup';
import { DiversionAlerts } from './DiversionAlerts';
import { TraceImport } from './TraceImport';
import { TraceSettings } from './TraceSettings';

type Tab = 'lookup' | 'alerts' | 'import' | 'settings';
const TABS: readonly Tab[] = ['lookup', 'alerts', 'import', 'settings'];

export function TraceScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('lookup');
  const [code, setCode] = useState('');

  // A scan on the import or settings tab is not a lookup: those tabs keep what the clerk is doing.
  useScan(({ text }) => {
    setTab('lookup');
    setCode(text.trim());
  }, tab === 'lookup' || tab === 'alerts');

  return (
    <ScreenFrame title={t('trace.title')}>
      <Tabs value={tab} onChange={(v) => setTab(TABS.find((x) => x === v) ?? 'lookup')} keepMounted={false} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Tabs.List>
          <Tabs.Tab value="lookup">{t('trace.tabs.lookup')}</Tabs.Tab>
          <Tabs.Tab value="alerts">{t('trace.tabs.alerts')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('trace.tabs.import')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('trace.tabs.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="lookup" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <CodeLookup key={code} code={code} onCode={setCode} />
        </Tabs.Panel>
        <Tabs.Panel value="alerts" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <DiversionAlerts onOpenCode={(c) => { setCode(c); setTab('lookup'); }} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="sm" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <TraceImport />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="sm" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <TraceSettings />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
