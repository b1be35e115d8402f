// The handover slip as data: the same lines feed the thermal printer (ESC/POS via receiptline markup, printed in
// GB18030 by the printing layer) and an A4 page (HTML). No I/O here; printing happens after commit.
import { eq } from 'drizzle-orm';
import { cashHandoverApprovals, cashHandovers } from '../../../db/schema';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { formatYuan } from '../shared/money';
import { assertEmployee } from './employees';
import { expectedCash } from './handover';

export type SlipLine = { kind: 'title'; text: string } | { kind: 'pair'; left: string; right: string } | { kind: 'rule' } | { kind: 'text'; text: string };

export interface HandoverSlip {
  docNo: string;
  lines: SlipLine[];
}

const denomLabel = (fen: number) => (fen >= 100 ? `${fen / 100} 元` : `${fen / 10} 角`);

export function handoverSlip(core: Core, handoverId: string): HandoverSlip {
  const h = core.db.select().from(cashHandovers).where(eq(cashHandovers.id, handoverId)).get();
  if (!h) throw new AppError('HANDOVER_NOT_FOUND');
  const driver = assertEmployee(core, h.driverId);
  const approval = core.db.select().from(cashHandoverApprovals).where(eq(cashHandoverApprovals.handoverId, h.id)).get();
  const detail = expectedCash(core, h.driverId, h.businessDate);
  const y = (fen: number) => formatYuan(fen, { grouping: true });
  const lines: SlipLine[] = [
    { kind: 'title', text: '司机交款单' },
    { kind: 'pair', left: '单号', right: h.docNo },
    { kind: 'pair', left: '司机', right: `${driver.name}（${driver.code}）` },
    { kind: 'pair', left: '日期', right: h.businessDate },
    { kind: 'rule' },
    ...detail.receipts.map((r): SlipLine => ({ kind: 'pair', left: `收 ${r.customerName}`, right: y(r.amount) })),
    { kind: 'pair', left: '现金收款合计', right: y(h.cashReceipts) },
    { kind: 'pair', left: '现金退款', right: `-${y(h.cashRefunds)}` },
    { kind: 'pair', left: '已批费用', right: `-${y(h.expenses)}` },
    { kind: 'pair', left: '应交金额', right: y(h.expected) },
    { kind: 'rule' },
    ...Object.entries(h.denominations)
      .sort(([a], [b]) => Number(b) - Number(a))
      .map(([fen, n]): SlipLine => ({ kind: 'pair', left: `${denomLabel(Number(fen))} × ${n}`, right: y(Number(fen) * n) })),
    { kind: 'pair', left: '现金清点', right: y(h.counted) },
    { kind: 'pair', left: '电子转账', right: y(h.epayments) },
    { kind: 'pair', left: '实交合计', right: y(h.counted + h.epayments) },
    { kind: 'pair', left: h.variance < 0 ? '短款' : h.variance > 0 ? '长款' : '差额', right: y(h.variance) },
    { kind: 'rule' },
    { kind: 'pair', left: '审核', right: approval ? approval.approvedAt.slice(0, 10) : '未审核' },
    { kind: 'text', text: '司机签字：__________　会计签字：__________' },
  ];
  return { docNo: h.docNo, lines };
}

/** receiptline markup for the thermal printer (58/80 mm): the printing layer turns it into ESC/POS. */
export function slipReceiptline(slip: HandoverSlip): string {
  const esc = (s: string) => s.replace(/[\\|{}~_"`^]/g, (c) => `\\${c}`);
  return slip.lines
    .map((l) => {
      if (l.kind === 'title') return `^^${esc(l.text)}`;
      if (l.kind === 'rule') return '-';
      if (l.kind === 'text') return esc(l.text);
      return `${esc(l.left)} | ${esc(l.right)}`;
    })
    .join('\n');
}

const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An A4 page of the same slip. */
export function slipHtml(slip: HandoverSlip): string {
  const rows = slip.lines
    .map((l) => {
      if (l.kind === 'title') return `<h1>${html(l.text)}</h1>`;
      if (l.kind === 'rule') return '<hr>';
      if (l.kind === 'text') return `<p class="sign">${html(l.text)}</p>`;
      return `<div class="pair"><span>${html(l.left)}</span><span>${html(l.right)}</span></div>`;
    })
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${html(slip.docNo)}</title><style>
@page { size: A4; margin: 18mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 11pt; color: #111; max-width: 120mm; margin: 0 auto; }
h1 { text-align: center; font-size: 18pt; letter-spacing: 0.3em; }
.pair { display: flex; justify-content: space-between; padding: 1.5mm 0; }
.pair span:last-child { font-variant-numeric: tabular-nums; }
hr { border: 0; border-top: 1px dashed #555; }
.sign { margin-top: 14mm; }
</style></head><body>
${rows}
</body></html>`;
}
