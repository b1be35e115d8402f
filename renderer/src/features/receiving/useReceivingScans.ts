// Scans into a receipt, one at a time in the order they were made (a fast scanner can fire the next scan before the
// last answer is back): each answer carries the whole updated state, which replaces the cached one.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useScan } from '../../scanner/useScan';
import type { ScanOutcome } from './receiving-types';

export type LastScan = { ok: true; outcome: ScanOutcome['scanned'] } | { ok: false; code: string; message: string };

export function useReceivingScans(sessionId: string, enabled: boolean): LastScan | null {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [last, setLast] = useState<LastScan | null>(null);

  useScan(({ text }) => {
    const raw = text.trim();
    if (!raw) return;
    chain.current = chain.current.then(async () => {
      try {
        const r = await client.receiving.scan.mutate({ sessionId, raw });
        queryClient.setQueryData(trpc.receiving.state.queryKey({ sessionId }), r.state);
        setLast({ ok: true, outcome: r.scanned });
      } catch (err) {
        setLast({ ok: false, code: raw, message: errorText(err, t('common.errors.network')) });
      }
    });
  }, enabled);

  return last;
}
