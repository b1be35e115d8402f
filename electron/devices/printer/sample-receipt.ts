// A realistic counter-sale receipt in Chinese: the settings screen previews it on the chosen paper, and the
// benchmark and tests print it. Amounts are integer fen, formatted by the one money module.
import type { PrintDocument } from '../../core/devices/print-document';
import { docQr } from '../../core/scan/doc-qr';
import { formatYuan } from '../../core/shared/money';

const PRODUCTS: [name: string, unit: string, priceFen: number][] = [
  ['农夫山泉饮用天然水550ml', '瓶', 200],
  ['康师傅红烧牛肉面 五连包', '包', 1250],
  ['青岛啤酒经典10度500ml', '听', 550],
  ['伊利纯牛奶250ml×24盒', '箱', 6500],
  ['旺旺雪饼 84g', '袋', 690],
  ['可口可乐330ml', '罐', 300],
  ['洽洽香瓜子 308g', '袋', 1390],
  ['海天金标生抽 1.28L', '瓶', 1880],
  ['统一老坛酸菜牛肉面', '桶', 450],
  ['王老吉凉茶310ml×24罐', '箱', 8400],
];

export function sampleReceipt(itemCount = 10, number = 'SO-20261122-0007'): PrintDocument {
  const items = Array.from({ length: itemCount }, (_, i) => {
    const [name, unit, price] = PRODUCTS[i % PRODUCTS.length]!;
    const qty = (i % 4) + 1;
    return { name, unit, price, qty, amount: price * qty };
  });
  const total = items.reduce((s, it) => s + it.amount, 0);
  const discount = Math.floor(total / 1000) * 10;
  const due = total - discount;
  const paid = Math.ceil(due / 10000) * 10000;
  return {
    title: `销售小票 ${number}`,
    lines: [
      { kind: 'text', text: '鑫源副食品批发部', align: 'center', bold: true, underline: false, width: 2, height: 2 },
      { kind: 'text', text: '销售小票', align: 'center', bold: false, underline: false, width: 1, height: 1 },
      { kind: 'text', text: `单号：${number}`, align: 'left', bold: false, underline: false, width: 1, height: 1 },
      { kind: 'text', text: '客户：王记便利店（城南店）', align: 'left', bold: false, underline: false, width: 1, height: 1 },
      { kind: 'text', text: '日期：2026-11-22 14:35  收银员：李娜', align: 'left', bold: false, underline: false, width: 1, height: 1 },
      { kind: 'rule', style: 'single' },
      {
        kind: 'columns',
        bold: true,
        cells: [
          { text: '品名', align: 'left' },
          { text: '数量', width: 6, align: 'right' },
          { text: '单价', width: 8, align: 'right' },
          { text: '金额', width: 9, align: 'right' },
        ],
      },
      ...items.map((it) => ({
        kind: 'columns' as const,
        bold: false,
        cells: [
          { text: it.name, align: 'left' as const },
          { text: `${it.qty}${it.unit}`, width: 6, align: 'right' as const },
          { text: formatYuan(it.price), width: 8, align: 'right' as const },
          { text: formatYuan(it.amount), width: 9, align: 'right' as const },
        ],
      })),
      { kind: 'rule', style: 'single' },
      amountRow('合计', total),
      amountRow('优惠', -discount),
      { kind: 'text', text: `应收：¥${formatYuan(due)}`, align: 'right', bold: true, underline: false, width: 2, height: 2 },
      amountRow('实收（现金）', paid),
      amountRow('找零', paid - due),
      { kind: 'rule', style: 'double' },
      { kind: 'qr', data: docQr(number), size: 6, ecc: 'M', align: 'center' },
      { kind: 'text', text: '扫码查看单据 · 退换凭此小票', align: 'center', bold: false, underline: false, width: 1, height: 1 },
      { kind: 'text', text: '谢谢惠顾，欢迎再来！', align: 'center', bold: false, underline: false, width: 1, height: 1 },
      { kind: 'cut' },
      { kind: 'drawer' },
    ],
  };
}

function amountRow(label: string, fen: number) {
  return {
    kind: 'columns' as const,
    bold: false,
    cells: [
      { text: label, align: 'left' as const },
      { text: formatYuan(fen), width: 12, align: 'right' as const },
    ],
  };
}
