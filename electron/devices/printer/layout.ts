// A print document laid out for one printer: text wrapped and padded to the paper's columns, cut and drawer turned
// into the printer's settings. Both the ESC/POS bytes and the on-screen preview are drawn from this layout, so the
// preview shows the very rows the printer prints.
import type { PrintDocument, PrintLine } from '../../core/devices/print-document';
import { PAPER, type DrawerConfig, type Paper, type PrinterConfig } from '../../core/devices/printer-config';
import { padColumns, printable, textColumns, wrapColumns } from './text-width';

export type Align = 'left' | 'center' | 'right';

export interface TextRow {
  kind: 'text';
  /** The row as printed, at most columns / width columns wide. */
  text: string;
  align: Align;
  bold: boolean;
  underline: boolean;
  width: 1 | 2;
  height: 1 | 2;
}

export type LaidOutLine =
  | TextRow
  | { kind: 'feed'; lines: number }
  | { kind: 'qr'; data: string; size: number; ecc: 'L' | 'M' | 'Q' | 'H'; align: Align }
  | { kind: 'cut'; mode: 'partial' | 'full' }
  /** ESC p m t1 t2: pin 2 → m 0, pin 5 → m 1; on t1 × 2 ms, off t2 × 2 ms. */
  | { kind: 'drawer'; pin: 2 | 5; t1: number; t2: number };

export interface Layout {
  paper: Paper;
  columns: number;
  dots: number;
  lines: LaidOutLine[];
}

export type LayoutPrinter = Pick<PrinterConfig, 'paper' | 'cut' | 'drawer'>;

export function layoutDocument(doc: PrintDocument, printer: LayoutPrinter): Layout {
  const { columns, dots } = PAPER[printer.paper];
  const lines: LaidOutLine[] = [];
  for (const line of doc.lines) lines.push(...layoutLine(line, columns, printer));
  return { paper: printer.paper, columns, dots, lines };
}

function layoutLine(line: PrintLine, columns: number, printer: LayoutPrinter): LaidOutLine[] {
  switch (line.kind) {
    case 'text': {
      const max = Math.floor(columns / line.width);
      const style = { align: line.align, bold: line.bold, underline: line.underline, width: line.width, height: line.height };
      return wrapColumns(printable(line.text), max).map((text) => ({ kind: 'text' as const, text, ...style }));
    }
    case 'columns':
      return columnRows(line.cells, columns).map((text) => ({
        kind: 'text' as const,
        text,
        align: 'left' as const,
        bold: line.bold,
        underline: false,
        width: 1 as const,
        height: 1 as const,
      }));
    case 'rule':
      return [{ kind: 'text', text: (line.style === 'double' ? '=' : '-').repeat(columns), align: 'left', bold: false, underline: false, width: 1, height: 1 }];
    case 'feed':
      return [{ kind: 'feed', lines: line.lines }];
    case 'qr':
      return [{ kind: 'qr', data: line.data, size: line.size, ecc: line.ecc, align: line.align }];
    case 'cut':
      return printer.cut === 'none' ? [] : [{ kind: 'cut', mode: printer.cut }];
    case 'drawer':
      return [{ kind: 'drawer', ...drawerPulse(printer.drawer) }];
  }
}

/** The pulse in the printer's 2 ms units. Epson: when t2 < t1 the off time is t1, so keep t2 ≥ t1 explicitly. */
export function drawerPulse(d: DrawerConfig): { pin: 2 | 5; t1: number; t2: number } {
  const t1 = Math.min(255, Math.max(1, Math.ceil(d.onMs / 2)));
  const t2 = Math.min(255, Math.max(t1, Math.ceil(d.offMs / 2)));
  return { pin: d.pin, t1, t2 };
}

/**
 * Table rows: each cell wrapped in its width, cells side by side with one space between them. On narrow paper the
 * first, flexible cell (a product name) may get only a few columns; when its text does not fit there it takes
 * full rows of its own above the other cells, as 58 mm receipts are laid out, instead of a tall thin column.
 */
function columnRows(cells: { text: string; width?: number; align: Align }[], columns: number): string[] {
  const widths = cellWidths(cells.map((c) => c.width), columns);
  const texts = cells.map((c) => printable(c.text).replace(/\n/g, ' '));
  const rows: string[] = [];
  if (cells.length > 1 && cells[0]!.width === undefined && widths[0]! < NARROW_CELL && textColumns(texts[0]!) > widths[0]!) {
    rows.push(...wrapColumns(texts[0]!, columns));
    texts[0] = '';
  }
  const wrapped = texts.map((text, i) => wrapColumns(text, widths[i]!));
  const height = Math.max(...wrapped.map((w) => w.length));
  for (let r = 0; r < height; r++) {
    const parts = cells.map((c, i) => padColumns(wrapped[i]![r] ?? '', widths[i]!, c.align));
    rows.push(parts.join(' ').trimEnd());
  }
  return rows;
}

/** Below this many columns a product name in a table is hard to read wrapped in place. */
const NARROW_CELL = 12;

/** Fixed widths as asked, the rest shared by the cells without one; shrinks the widest when they do not fit. */
export function cellWidths(asked: (number | undefined)[], columns: number): number[] {
  const room = columns - (asked.length - 1);
  const fixed = asked.reduce<number>((s, w) => s + (w ?? 0), 0);
  const free = asked.filter((w) => w === undefined).length;
  const share = free > 0 ? Math.max(1, Math.floor((room - fixed) / free)) : 0;
  const widths = asked.map((w) => w ?? share);
  // The last flexible cell takes the columns the division left over.
  const lastFree = asked.lastIndexOf(undefined);
  if (lastFree >= 0) widths[lastFree]! += Math.max(0, room - fixed - share * free);
  while (widths.reduce((s, w) => s + w, 0) > room) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 1) break;
    widths[i]! -= 1;
  }
  return widths;
}

