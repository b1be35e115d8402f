// 追溯: scan (or type) a case/box/item code to see where it is, what is inside and its whole history; and the
// diversion (窜货) alert log. Scans land here from anywhere on the screen, no field needs the focus.
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useScan } from '../../scanner/useScan';
import { CodeLookup } from './CodeLookup';
import { DiversionAlerts } from './DiversionAlerts';

type Tab = 'lookup' | 'alerts';

export function TraceScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('lookup');
  const [code, setCode] = useState('');

  useScan(({ text }) => {
    setTab('lookup');
    setCode(text.trim());
  });

  return (
    <ScreenFrame title={t('trace.title')}>
      <Tabs value={tab} onChange={(v) => setTab(v === 'alerts' ? 'alerts' : 'lookup')} keepMounted={false} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Tabs.List>
          <Tabs.Tab value="lookup">{t('trace.tabs.lookup')}</Tabs.Tab>
          <Tabs.Tab value="alerts">{t('trace.tabs.alerts')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="lookup" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <CodeLookup key={code} code={code} onCode={setCode} />
        </Tabs.Panel>
        <Tabs.Panel value="alerts" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <DiversionAlerts onOpenCode={(c) => { setCode(c); setTab('lookup'); }} />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
