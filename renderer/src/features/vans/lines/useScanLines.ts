// The lines of a document built by scanner: a scanned product or case barcode adds one of its unit (a case adds 24
// bottles through its factor), the product search adds a chosen unit, and quantities are typed over. Used by the
// van load and the adjustment screens.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPCClient } from '../../../api/trpc';
import { useScan } from '../../../scanner/useScan';

export interface ScanLine {
  productId: string;
  name: string;
  unitId: string;
  unitName: string;
  /** Base units in one of this unit. */
  factor: number;
  baseUnit: string;
  qty: number;
}

export type LineUnit = Omit<ScanLine, 'qty'>;

export interface ScanLines {
  lines: ScanLine[];
  /** The last scan, or why it was refused. */
  message: { ok: boolean; text: string } | null;
  add: (unit: LineUnit, qty?: number) => void;
  setQty: (unitId: string, qty: number) => void;
  remove: (unitId: string) => void;
  clear: () => void;
}

export function useScanLines(enabled = true): ScanLines {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const [lines, setLines] = useState<ScanLine[]>([]);
  const [message, setMessage] = useState<ScanLines['message']>(null);

  const add = useCallback(
    (unit: LineUnit, qty = 1) => {
      setLines((prev) => {
        const i = prev.findIndex((l) => l.unitId === unit.unitId);
        if (i < 0) return [...prev, { ...unit, qty }];
        return prev.map((l, j) => (j === i ? { ...l, qty: l.qty + qty } : l));
      });
      setMessage({ ok: true, text: t('scanLines.added', { name: unit.name, unit: unit.unitName }) });
    },
    [t],
  );

  useScan(({ text }) => {
    const code = text.trim();
    void client.scan.resolve
      .query({ raw: code })
      .then((r) => {
        const unit = r.kind === 'product' || r.kind === 'trace' ? r.unit : null;
        if ((r.kind !== 'product' && r.kind !== 'trace') || !unit) return setMessage({ ok: false, text: t('scanLines.notProduct', { code }) });
        add({ productId: r.product.id, name: r.product.name, unitId: unit.id, unitName: unit.name, factor: unit.factor, baseUnit: r.product.baseUnit });
      })
      .catch((e: unknown) => setMessage({ ok: false, text: errorText(e, t('common.errors.network')) }));
  }, enabled);

  return {
    lines,
    message,
    add,
    setQty: (unitId, qty) => setLines((prev) => prev.map((l) => (l.unitId === unitId ? { ...l, qty } : l))),
    remove: (unitId) => setLines((prev) => prev.filter((l) => l.unitId !== unitId)),
    clear: () => {
      setLines([]);
      setMessage(null);
    },
  };
}

/** Lines as the API takes them: a quantity in the line's unit. */
export const apiLines = (lines: readonly ScanLine[]) => lines.map((l) => ({ productId: l.productId, unitId: l.unitId, qty: l.qty }));
