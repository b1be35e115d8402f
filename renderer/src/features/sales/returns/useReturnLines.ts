// The lines of a return document being built by scanner: a scan adds one of the scanned unit as the current
// mode (退货 / 换货 / 赠品, and for returns 回库 or 破损); the same product, unit, mode and condition again adds
// one more. A return against an order takes the order line (its net price); without one, the customer's last
// price to this unit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { useScan } from '../../../scanner/useScan';
import { priceForFactor, type ReturnCondition, type ReturnDraftLine, type ReturnLineKind } from './return-money';

export interface ScannedUnit {
  productId: string;
  name: string;
  unitId: string | null;
  unitName: string;
  factor: number;
}

interface Context {
  customerId: string | null;
  /** The original order, when the goods come back against one. */
  orderId: string | null;
  kind: ReturnLineKind;
  condition: ReturnCondition;
  enabled: boolean;
  /** A scan of an order's QR (DMS:SO-…) picks the original order. */
  onOrderNumber: (number: string) => void;
}

export function useReturnLines(ctx: Context) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [lines, setLines] = useState<ReturnDraftLine[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const knownPrice = async (u: ScannedUnit, kind: ReturnLineKind): Promise<{ price: number | null; orderLineId: string | null }> => {
    if (kind === 'gift') return { price: 0, orderLineId: null };
    // What the order can still take back (cached: the screen asked for it when the order was picked).
    const returnable = kind === 'return' && ctx.orderId ? (await queryClient.fetchQuery(trpc.salesReturns.returnable.queryOptions({ orderId: ctx.orderId }))).lines : [];
    const fromOrder = returnable.find((r) => r.productId === u.productId && r.openQtyBase > 0);
    if (fromOrder) return { price: priceForFactor(fromOrder.netPriceFen, fromOrder.factor, u.factor), orderLineId: fromOrder.orderLineId };
    if (!ctx.customerId) return { price: null, orderLineId: null };
    const [last] = await client.salesOrders.lastPrices.query({ customerId: ctx.customerId, productIds: [u.productId] });
    return { price: last ? priceForFactor(last.netPriceFen, last.factor, u.factor) : null, orderLineId: null };
  };

  const add = async (u: ScannedUnit) => {
    const { kind } = ctx;
    const condition = kind === 'return' ? ctx.condition : 'saleable';
    const key = `${kind}:${condition}:${u.productId}:${u.unitId ?? ''}`;
    if (lines.some((l) => l.key === key)) {
      setLines((prev) => prev.map((l) => (l.key === key ? { ...l, qty: l.qty + 1 } : l)));
    } else {
      const { price, orderLineId } = await knownPrice(u, kind);
      const line: ReturnDraftLine = { key, kind, condition, ...u, qty: 1, typedPriceFen: null, knownPriceFen: price, orderLineId };
      setLines((prev) => (prev.some((l) => l.key === key) ? prev.map((l) => (l.key === key ? { ...l, qty: l.qty + 1 } : l)) : [...prev, line]));
    }
    setMessage({ ok: true, text: t('sales.entry.scanned', { name: u.name, unit: u.unitName }) });
  };

  useScan(({ text }) => {
    const raw = text.trim();
    void client.scan.resolve
      .query({ raw })
      .then(async (r) => {
        if (r.kind === 'document') {
          if (r.prefix === 'SO') ctx.onOrderNumber(r.number);
          return;
        }
        if (r.kind === 'unknown') return setMessage({ ok: false, text: `${raw}: ${r.hint.message}` });
        await add({ productId: r.product.id, name: r.product.name, unitId: r.unit?.id ?? null, unitName: r.unit?.name ?? r.product.baseUnit, factor: r.unit?.factor ?? 1 });
      })
      .catch((e: unknown) => setMessage({ ok: false, text: errorText(e, t('common.errors.network')) }));
  }, ctx.enabled);

  const patch = (key: string, p: Partial<ReturnDraftLine>) => setLines((prev) => prev.map((l) => (l.key === key ? { ...l, ...p } : l)));
  return {
    lines,
    message,
    add: (u: ScannedUnit) => void add(u).catch((e: unknown) => setMessage({ ok: false, text: errorText(e, t('common.errors.network')) })),
    setQty: (key: string, qty: number) => patch(key, { qty }),
    setPrice: (key: string, typedPriceFen: number) => patch(key, { typedPriceFen }),
    remove: (key: string) => setLines((prev) => prev.filter((l) => l.key !== key)),
    clear: () => {
      setLines([]);
      setMessage(null);
    },
  };
}
