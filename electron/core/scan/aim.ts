// Cleaning a raw scan: whitespace and line ends, full-width characters from a Chinese IME, and the AIM symbology
// identifier (ISO/IEC 15424) a scanner may put in front: `]` + symbology letter + modifier.

/** AIM identifiers whose data is a GS1 element string (the leading FNC1 already consumed by the scanner). */
const GS1_SYMBOLOGIES: Record<string, string> = {
  ']C1': 'GS1-128',
  ']d2': 'GS1 DataMatrix',
  ']Q3': 'GS1 QR Code',
  ']e0': 'GS1 DataBar',
  ']J1': 'GS1 DotCode',
};

const AIM = /^\][A-Za-z][0-9A-Za-z]/;

export interface CleanScan {
  /** The AIM identifier, e.g. `]C1`, or null when the scanner sent none. */
  symbology: string | null;
  /** The symbology says the data is a GS1 element string. */
  gs1: boolean;
  /** The data itself, trimmed, without the AIM identifier. */
  body: string;
}

/**
 * Trims spaces, tabs, CR and LF (keyboard wedges end scans with Enter), folds full-width characters to ASCII
 * (NFKC; only when something is outside printable ASCII, since almost every scan is plain ASCII), and splits off
 * the AIM identifier.
 */
export function cleanScan(raw: string): CleanScan {
  let text = raw.trim();
  if (/[^ -~]/.test(text)) text = text.normalize('NFKC').trim();
  const aim = AIM.exec(text)?.[0] ?? null;
  if (!aim) return { symbology: null, gs1: false, body: text };
  return { symbology: aim, gs1: aim in GS1_SYMBOLOGIES, body: text.slice(aim.length).trim() };
}
