// Every change to an order being entered (a scan, a typed cell, a removed line) goes to the API one at a time in
// the order it was made (a fast scanner fires the next scan before the last answer is back); each answer is the
// whole order, which replaces the cached one. The last scan or refusal stays in `message`.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import type { SalesOrderLineInput, SalesOrderUpdateLineInput } from '../../../../electron/api/contract/sales';
import type { SalesOrderView } from './sales-types';

export interface EditorMessage {
  ok: boolean;
  text: string;
}

export type LinePatch = Omit<SalesOrderUpdateLineInput, 'orderId' | 'lineId'>;

export function useOrderEditor(orderId: string) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const key = trpc.salesOrders.get.queryKey({ id: orderId });

  /** Queues `job` after every earlier change; it sees the order as the last answer left it. */
  const run = (job: (order: SalesOrderView | undefined) => Promise<{ order: SalesOrderView; text?: string } | null>) => {
    chain.current = chain.current.then(async () => {
      try {
        const r = await job(queryClient.getQueryData<SalesOrderView>(key));
        if (!r) return;
        queryClient.setQueryData(key, r.order);
        if (r.text) setMessage({ ok: true, text: r.text });
      } catch (e) {
        setMessage({ ok: false, text: errorText(e, t('common.errors.network')) });
      }
    });
  };

  return {
    message,
    setMessage,
    run,
    /** Resolves once every change made so far has its answer (before confirming, say). */
    settled: () => chain.current,
    addLine: (line: SalesOrderLineInput, text?: string) => run(async () => ({ order: await client.salesOrders.addLine.mutate({ orderId, line }), text })),
    updateLine: (lineId: string, patch: LinePatch) => run(async () => ({ order: await client.salesOrders.updateLine.mutate({ orderId, lineId, ...patch }) })),
    removeLine: (lineId: string) => run(async () => ({ order: await client.salesOrders.removeLine.mutate({ orderId, lineId }) })),
    setOrderDiscount: (fen: number) => run(async () => ({ order: await client.salesOrders.update.mutate({ id: orderId, orderDiscountFen: fen }) })),
  };
}

export type OrderEditor = ReturnType<typeof useOrderEditor>;
