// Scans on the order entry screen: a bottle or case barcode (or a case's trace code) adds that product in that
// unit; scanning the same again adds one more to the line (a promotion's gift line is never the one counted up).
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../../api/trpc';
import { useScan } from '../../scanner/useScan';
import type { OrderEditor } from './useOrderEditor';

export function useOrderScans(editor: OrderEditor, enabled: boolean): void {
  const { t } = useTranslation();
  const client = useTRPCClient();
  useScan(({ text }) => {
    const raw = text.trim();
    if (!raw) return;
    editor.run(async (order) => {
      const r = await client.scan.resolve.query({ raw });
      if (r.kind === 'unknown') {
        editor.setMessage({ ok: false, text: `${raw}: ${r.hint.message}` });
        return null;
      }
      if (r.kind === 'document') {
        editor.setMessage({ ok: false, text: t('sales.entry.scanNotProduct', { code: raw }) });
        return null;
      }
      if (!order) return null;
      const unitId = r.unit?.id ?? null;
      const unitName = r.unit?.name ?? r.product.baseUnit;
      const text = t('sales.entry.scanned', { name: r.product.name, unit: unitName });
      const same = order.lines.find((l) => l.productId === r.product.id && l.unitId === unitId && !l.promotionId && !l.isGift);
      if (same) {
        return { order: await client.salesOrders.updateLine.mutate({ orderId: order.id, lineId: same.id, qty: same.qty + 1 }), text };
      }
      return { order: await client.salesOrders.addLine.mutate({ orderId: order.id, line: { productId: r.product.id, unitId, qty: 1 } }), text };
    });
  }, enabled);
}
