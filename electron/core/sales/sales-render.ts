// What the A4 sales documents (order, delivery note, pick list) share: reading a template from
// resources/templates, filling it, the document QR as inline SVG, quantities as "3箱2瓶", and labels in zh-CN or
// English. Reading the template is the only I/O; it happens outside transactions.
import receiptline from 'receiptline';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTemplateDir } from '../finance/customer-statement-render';
import type { Lang } from '../shared/messages';
import type { SalesOrderStatus } from './order-types';
import { ORDER_STATUS_EN, ORDER_STATUS_ZH } from './orders-status';
import { formatYuan } from '../shared/money';

export interface RenderOptions {
  lang: Lang;
  /** The business date printed on the page. */
  printed: string;
  templateDir?: string;
}

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const yuan = (fen: number): string => formatYuan(fen, { grouping: true });

/** {{name}} is escaped text, {{{name}}} raw HTML the renderer built (already escaped). Unknown names stay empty. */
export function fill(template: string, text: Record<string, string>, raw: Record<string, string> = {}): string {
  return template
    .replace(/\{\{\{(\w+)\}\}\}/g, (_, k: string) => raw[k] ?? '')
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => esc(text[k] ?? ''));
}

export interface Template {
  /** The page with {{{body}}} where the repeated sections go. */
  page: string;
  sections: Record<string, string>;
}

/**
 * Reads a template: the page, and each `<!--name-->…<!--/name-->` section after it (a part repeated per group or
 * per row). A missing section is a broken install, not bad input, so it throws a plain Error.
 */
export function loadTemplate(file: string, names: readonly string[], dir = defaultTemplateDir()): Template {
  const html = readFileSync(join(dir, file), 'utf8');
  const sections: Record<string, string> = {};
  let first = html.length;
  for (const name of names) {
    const m = new RegExp(`<!--${name}-->([\\s\\S]*?)<!--/${name}-->`).exec(html);
    if (!m || m[1] === undefined) throw new Error(`${file} lacks its <!--${name}--> section`);
    sections[name] = m[1];
    first = Math.min(first, m.index);
  }
  return { page: html.slice(0, first), sections };
}

/** The CSS the sales templates share (resources/templates/sales-docs.css), inlined so each page is self-contained. */
export const pageStyle = (dir = defaultTemplateDir()): string => readFileSync(join(dir, 'sales-docs.css'), 'utf8');

/**
 * A QR code as inline SVG (one unit per module, dark runs joined per row), so the PDF carries it as vectors and
 * a phone or scanner reads it off paper. `sizeMm` is the printed side including the quiet zone.
 */
export function qrSvg(data: string, sizeMm = 26): string {
  const matrix = receiptline.qrcode.generate({ data, type: 'qrcode', cell: 1, level: 'm', quietZone: false });
  const quiet = 4;
  const n = matrix.length + quiet * 2;
  let d = '';
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      d += `M${start + quiet} ${r + quiet}h${c - start}v1h-${c - start}z`;
    }
  });
  return (
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${sizeMm}mm" height="${sizeMm}mm" ` +
    `shape-rendering="crispEdges" data-qr="${esc(data)}"><rect width="${n}" height="${n}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
  );
}

export interface PackUnit {
  name: string;
  factor: number;
}

/**
 * A base quantity in the product's largest packaging unit plus loose base units: 50 bottles at 24 a case →
 * "2箱2瓶" (en "2 箱 + 2 瓶"). No packaging unit, or less than one: just the base units.
 */
export function packText(qtyBase: number, baseUnit: string, pack: PackUnit | null, lang: Lang): string {
  if (!pack || pack.factor <= 1 || qtyBase < pack.factor) return lang === 'en' ? `${qtyBase} ${baseUnit}` : `${qtyBase}${baseUnit}`;
  const whole = Math.floor(qtyBase / pack.factor);
  const rest = qtyBase % pack.factor;
  if (lang === 'en') return rest ? `${whole} ${pack.name} + ${rest} ${baseUnit}` : `${whole} ${pack.name}`;
  return rest ? `${whole}${pack.name}${rest}${baseUnit}` : `${whole}${pack.name}`;
}

/** A line's quantity as entered: "2箱" for 48 bottles entered in cases (factor 24); the base units when it does not divide. */
export function unitQtyText(qtyBase: number, unitName: string, factor: number, baseUnit: string, lang: Lang): string {
  const sep = lang === 'en' ? ' ' : '';
  if (factor > 1 && qtyBase % factor === 0) return `${qtyBase / factor}${sep}${unitName}`;
  return `${qtyBase}${sep}${factor === 1 ? unitName : baseUnit}`;
}

/** Labels, zh-CN first; {{l_key}} in the templates. English keeps the Chinese names of goods and people. */
export function labelsFor<K extends string>(table: Record<K, { 'zh-CN': string; en: string }>, lang: Lang): Record<`l_${K}`, string> {
  const out = {} as Record<`l_${K}`, string>;
  for (const k of Object.keys(table) as K[]) out[`l_${k}`] = table[k][lang];
  return out;
}

/** An order's status for a printed page. */
export const statusLabel = (status: SalesOrderStatus, lang: Lang): string => (lang === 'en' ? ORDER_STATUS_EN : ORDER_STATUS_ZH)[status];
