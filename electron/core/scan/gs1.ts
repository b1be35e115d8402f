// GS1 element strings, as GS1-128, GS1 DataMatrix, GS1 QR and DataBar carry them: AI + data, with a separator
// after every variable-length field that is not last. Also the human-readable form "(01)06901234567892(10)A1".
import { AppError } from '../shared/errors';
import { aiAt, aiSpec, badCharIndex, type AiSpec } from './gs1-ais';
import { decodeGs1Date } from './gs1-date';
import { gtinCheckDigit, isGtinShaped } from './gtin';

/** The separator (FNC1 in the symbol) as scanners transmit it: ASCII GS, 29. */
export const GS = '\x1d';

/**
 * What keyboard-wedge scanners type for GS when they cannot type a control character: ↔ (Windows Alt+029 shows
 * CP437's glyph for 29), Unicode's visible ␝, or a token set in the scanner's configuration. None of ^ [ ] { }
 * occur in GS1 data; `<GS>` could in theory, but no real batch or serial spells it. A scanner that drops GS
 * altogether still works while variable-length fields come last, as GS1 recommends.
 */
export const DEFAULT_GS_SUBSTITUTES: readonly string[] = [GS, '\u241d', '\u2194', '<GS>', '{GS}', '[GS]', '^]'];

export interface Gs1Options {
  /** The current year in the distributor's time zone, for the two-digit year rule. */
  currentYear: number;
  /** Separators besides GS, e.g. a character a scanner is configured to send instead. */
  gsSubstitutes?: readonly string[];
}

export interface Gs1Element {
  ai: string;
  value: string;
  /** 1-based position of the AI in the scanned data, for error messages. */
  position: number;
  /** 1-based position of the element's first data character. */
  dataPosition: number;
}

/** An element string, split and checked, with the fields the app uses pulled out (YYYY-MM-DD dates). */
export interface Gs1Data {
  elements: Gs1Element[];
  /** AI 01, the GTIN-14 of the item scanned. */
  gtin: string | null;
  /** AI 02, the GTIN-14 of the items inside a logistic unit (with 37, their count). */
  contentGtin: string | null;
  /** AI 00, serial shipping container code. */
  sscc: string | null;
  batch: string | null;
  serial: string | null;
  producedOn: string | null;
  packedOn: string | null;
  bestBefore: string | null;
  expiresOn: string | null;
  /** AI 30, count of items (variable-measure trade items). */
  count: number | null;
  /** AI 37, count of trade items in a logistic unit. */
  tradeItemCount: number | null;
}

type Separators = readonly string[];

const separatorsFor = (opts: Gs1Options): Separators =>
  [...new Set([...DEFAULT_GS_SUBSTITUTES, ...(opts.gsSubstitutes ?? [])])].filter((s) => s !== '').sort((a, b) => b.length - a.length);

/** Length of the separator starting at text[pos], or 0. */
function separatorAt(text: string, pos: number, seps: Separators): number {
  for (const s of seps) if (text.startsWith(s, pos)) return s.length;
  return 0;
}

const hasSeparator = (text: string, seps: Separators) => seps.some((s) => text.includes(s));

/**
 * Whether a scan without a GS1 symbology identifier should still be read as an element string: the bracketed
 * form, digits with separators, or an AI 00/01/02 with its full data that is not itself a plain GTIN. Other digit
 * strings (for example an unknown 20-digit trace code) are left alone rather than misread as AIs.
 */
export function looksLikeGs1(body: string, opts: Gs1Options): boolean {
  if (/^\(\d{2,4}\)/.test(body)) return true;
  if (/^\d\d/.test(body) && hasSeparator(body, separatorsFor(opts))) return true;
  return /^(0[12]\d{14}|00\d{18})/.test(body) && !isGtinShaped(body);
}

/** Splits and checks a GS1 element string (raw or bracketed); throws a translated AppError on anything wrong. */
export function parseGs1(body: string, opts: Gs1Options): Gs1Data {
  const seps = separatorsFor(opts);
  const elements = body.trimStart().startsWith('(') ? splitBracketed(body, seps) : splitRaw(body, seps);
  if (elements.length === 0) throw new AppError('SCAN_EMPTY');
  const seen = new Map<string, string>();
  const unique: Gs1Element[] = [];
  for (const el of elements) {
    const before = seen.get(el.ai);
    if (before !== undefined && before !== el.value) throw new AppError('GS1_DUPLICATE', { ai: el.ai });
    if (before === undefined) unique.push(el);
    seen.set(el.ai, el.value);
    const spec = aiSpec(el.ai);
    if (spec) checkElement(el, spec);
  }
  return interpret(unique, opts.currentYear);
}

/** AI + data with no brackets: fixed-length data by the AI table, variable-length up to a separator. */
function splitRaw(text: string, seps: Separators): Gs1Element[] {
  const out: Gs1Element[] = [];
  let pos = 0;
  while (pos < text.length) {
    const sep = separatorAt(text, pos, seps);
    if (sep > 0) {
      pos += sep;
      continue;
    }
    const spec = aiAt(text, pos);
    if (!spec) throw new AppError('GS1_MALFORMED', { position: pos + 1, text: text.slice(pos, pos + 8) });
    const start = pos + spec.ai.length;
    let end = start;
    while (end < text.length && end - start < spec.length && separatorAt(text, end, seps) === 0) end++;
    out.push({ ai: spec.ai, value: text.slice(start, end), position: pos + 1, dataPosition: start + 1 });
    pos = end;
  }
  return out;
}

/** "(01)06901234567892 (17)261231(10)A1": each AI in brackets, its data up to the next bracketed AI. */
function splitBracketed(text: string, seps: Separators): Gs1Element[] {
  const ais = [...text.matchAll(/\((\d{2,4})\)/g)];
  const leading = text.slice(0, ais[0]?.index ?? text.length).trim();
  if (leading !== '') throw new AppError('GS1_MALFORMED', { position: 1, text: leading.slice(0, 8) });
  return ais.map((m, i) => {
    const start = m.index + m[0].length;
    const data = text.slice(start, ais[i + 1]?.index ?? text.length);
    let value = data.trim();
    for (const s of seps) value = value.split(s).join('');
    const dataPosition = start + 1 + (data.length - data.trimStart().length);
    return { ai: m[1]!, value, position: m.index + 2, dataPosition };
  });
}

/** Length, characters, check digit and date of one element against its AI; throws a translated AppError. */
function checkElement(el: Gs1Element, spec: AiSpec): void {
  const { ai, value } = el;
  const lengthOk = spec.variable ? value.length >= 1 && value.length <= spec.length : value.length === spec.length;
  if (!lengthOk) {
    const expected = spec.variable ? `1-${spec.length}` : String(spec.length);
    throw new AppError('GS1_LENGTH', { ai, position: el.position, expected, actual: value.length });
  }
  const bad = badCharIndex(value, spec.charset);
  if (bad >= 0) throw new AppError('GS1_CHARSET', { ai, position: el.dataPosition + bad, char: value[bad]! });
  if (spec.checkDigit) {
    const expected = gtinCheckDigit(value.slice(0, -1));
    const actual = Number(value.at(-1));
    if (expected !== actual) throw new AppError('BARCODE_CHECK_DIGIT', { code: value, expected, actual });
  }
}

function interpret(elements: Gs1Element[], currentYear: number): Gs1Data {
  const value = (ai: string) => elements.find((e) => e.ai === ai)?.value ?? null;
  // Every date AI is decoded, even those the app does not keep (due date, sell by), so that a bad one is refused.
  const dates = new Map<string, string>();
  for (const e of elements) {
    const kind = aiSpec(e.ai)?.date;
    if (kind) dates.set(e.ai, decodeGs1Date(e.value, currentYear, kind, e.ai));
  }
  const count = (ai: string) => {
    const v = value(ai);
    return v === null ? null : Number(v);
  };
  return {
    elements,
    gtin: value('01'),
    contentGtin: value('02'),
    sscc: value('00'),
    batch: value('10'),
    serial: value('21'),
    producedOn: dates.get('11') ?? null,
    packedOn: dates.get('13') ?? null,
    bestBefore: dates.get('15') ?? null,
    expiresOn: dates.get('17') ?? null,
    count: count('30'),
    tradeItemCount: count('37'),
  };
}

/** The bracketed human-readable form of elements: "(01)06901234567892(10)A1". */
export const toBracketed = (elements: readonly Pick<Gs1Element, 'ai' | 'value'>[]): string =>
  elements.map((e) => `(${e.ai})${e.value}`).join('');

/** The transmitted form: fixed-length fields run on, a GS after each variable-length field that is not last. */
export function toElementString(elements: readonly Pick<Gs1Element, 'ai' | 'value'>[]): string {
  return elements
    .map((e, i) => {
      const needsSeparator = i < elements.length - 1 && (aiSpec(e.ai)?.variable ?? true);
      return `${e.ai}${e.value}${needsSeparator ? GS : ''}`;
    })
    .join('');
}
