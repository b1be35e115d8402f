// 收货: pick what to receive against (a shipment notice, a purchase order, or nothing), then scan; after posting,
// the discrepancy report when anything was over, short or damaged.
import { useState } from 'react';
import { DiscrepancyReport } from './DiscrepancyReport';
import { ReceivingSession } from './ReceivingSession';
import { ReceivingStart } from './ReceivingStart';

type View = { kind: 'start' } | { kind: 'session'; id: string } | { kind: 'report'; id: string };

export function ReceivingScreen() {
  const [view, setView] = useState<View>({ kind: 'start' });
  const back = () => setView({ kind: 'start' });
  if (view.kind === 'session') {
    return <ReceivingSession sessionId={view.id} onDone={(reportId) => setView(reportId ? { kind: 'report', id: reportId } : { kind: 'start' })} onBack={back} />;
  }
  if (view.kind === 'report') return <DiscrepancyReport reportId={view.id} onBack={back} />;
  return <ReceivingStart onOpen={(id) => setView({ kind: 'session', id })} onReport={(id) => setView({ kind: 'report', id })} />;
}
