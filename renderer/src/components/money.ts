// Money on screen. The API speaks integer fen; people type and read yuan with up to two decimals. Parsing works on
// the digits of the text, never through floating point, so "19.90" is exactly 1990 fen.

/** 1990 → "19.90" (no currency sign; columns say ¥ in their header). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan.toLocaleString('en-US')}.${rest}`;
}

/** Yuan text to fen: "19.9" → 1990, "" → null (no price), anything else that is not an amount → NaN. */
export function parseYuan(text: string): number | null {
  const s = text.trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  if (s === '') return null;
  const m = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return Number.NaN;
  const yuan = Number(m[1]);
  const fen = Number((m[2] ?? '').padEnd(2, '0'));
  return yuan * 100 + fen;
}

/** fen → what an input box shows ("19.90"), or "" for no price. */
export const fenToInput = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '' : formatFen(fen).replace(/,/g, ''));
