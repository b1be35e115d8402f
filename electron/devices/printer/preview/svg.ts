// Layout → SVG: the receipt as it will come out of the printer, for the screen. One SVG pixel is one printer dot
// (576 dots across 80 mm paper, 384 across 58 mm), a column is 12 dots and a 汉字 24, exactly as the printer places
// them, so wrapping and alignment match the paper. Runs of text are pinned to their columns with textLength, so a
// font with other metrics cannot shift the columns.
import receiptline from 'receiptline';
import type { Layout, TextRow } from '../layout';
import { charColumns, textColumns } from '../text-width';

/** Dots per text line at normal height: a 24-dot glyph plus the printer's default spacing. */
export const LINE_DOTS = 30;
const GLYPH_DOTS = 24;
const MARGIN = 16;
const FONT = "'Noto Sans Mono CJK SC','Noto Sans CJK SC','NSimSun','SimSun',monospace";

export interface PreviewLabels {
  /** Shown where the printer opens the cash drawer (it prints nothing there). */
  drawer: string;
}

const DEFAULT_LABELS: PreviewLabels = { drawer: '〔开钱箱〕' };

export function renderSvg(layout: Layout, labels: PreviewLabels = DEFAULT_LABELS): string {
  const cell = layout.dots / layout.columns;
  const body: string[] = [];
  let y = 0;
  for (const line of layout.lines) {
    switch (line.kind) {
      case 'text': {
        const h = LINE_DOTS * line.height;
        body.push(textRow(line, cell, layout.dots, y + GLYPH_DOTS * line.height));
        y += h;
        break;
      }
      case 'feed':
        y += LINE_DOTS * line.lines;
        break;
      case 'qr': {
        const matrix = receiptline.qrcode.generate({ data: line.data, type: 'qrcode', cell: line.size, level: line.ecc.toLowerCase() as 'l' | 'm' | 'q' | 'h', quietZone: false });
        const side = matrix.length * line.size;
        const x = line.align === 'left' ? 0 : line.align === 'right' ? layout.dots - side : Math.floor((layout.dots - side) / 2);
        body.push(qrPath(matrix, line.size, x, y + 4, line.data));
        y += side + 8;
        break;
      }
      case 'cut':
        body.push(
          `<g class="cut" data-mode="${line.mode}"><line x1="-${MARGIN}" x2="${layout.dots + MARGIN}" y1="${y + 12}" y2="${y + 12}" stroke="#888" stroke-dasharray="6 4"/>` +
            `<text x="${layout.dots + MARGIN - 22}" y="${y + 8}" font-size="16" fill="#888">✂</text></g>`,
        );
        y += 24;
        break;
      case 'drawer':
        body.push(`<text class="drawer" x="${layout.dots}" y="${y + 18}" font-size="16" fill="#888" text-anchor="end" font-family="${FONT}">${esc(labels.drawer)}</text>`);
        y += 24;
        break;
    }
  }
  const width = layout.dots + 2 * MARGIN;
  const height = y + 2 * MARGIN;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="receipt-preview" data-paper="${layout.paper}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<g transform="translate(${MARGIN} ${MARGIN})" font-family="${FONT}" fill="#000">${body.join('')}</g></svg>`
  );
}

/** One printed row: each run of non-space characters placed at its column, stretched to its exact width. */
function textRow(row: TextRow, cell: number, dots: number, baseline: number): string {
  const unit = cell * row.width;
  const rowWidth = textColumns(row.text) * unit;
  const left = row.align === 'left' ? 0 : row.align === 'right' ? dots - rowWidth : (dots - rowWidth) / 2;
  const fontSize = GLYPH_DOTS * row.height;
  const weight = row.bold ? ' font-weight="700"' : '';
  const runs: string[] = [];
  let col = 0;
  let run = '';
  let runStart = 0;
  let runCols = 0;
  const flush = () => {
    if (run === '') return;
    const x = left + runStart * unit;
    runs.push(`<text x="${fmt(x)}" y="${baseline}" font-size="${fontSize}" textLength="${fmt(runCols * unit)}" lengthAdjust="spacingAndGlyphs">${esc(run)}</text>`);
    run = '';
    runCols = 0;
  };
  for (const ch of row.text) {
    const w = charColumns(ch);
    if (ch === ' ') flush();
    else {
      if (run === '') runStart = col;
      run += ch;
      runCols += w;
    }
    col += w;
  }
  flush();
  const ul = row.underline && row.text !== '' ? `<line x1="${fmt(left)}" x2="${fmt(left + rowWidth)}" y1="${baseline + 3}" y2="${baseline + 3}" stroke="#000" stroke-width="${row.height * 2}"/>` : '';
  return `<g class="row" data-text="${esc(row.text)}"${weight}>${runs.join('')}${ul}</g>`;
}

function qrPath(matrix: Uint8Array[], module: number, x0: number, y0: number, data: string): string {
  let d = '';
  matrix.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (dark) d += `M${x0 + c * module} ${y0 + r * module}h${module}v${module}h-${module}z`;
    });
  });
  return `<path class="qr" data-qr="${esc(data)}" d="${d}" fill="#000"/>`;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The SVG in a minimal page, for a screenshot or a print-preview window. */
export function previewPage(svg: string, title: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<style>body{margin:0;padding:24px;background:#e9ecef;display:flex;justify-content:center}svg{box-shadow:0 1px 6px rgba(0,0,0,.25)}</style>` +
    `</head><body>${svg}</body></html>`;
}
