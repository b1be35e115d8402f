// The GS1 Application Identifiers (AIs) we know, with their data format, from the GS1 General Specifications
// (section 3, "GS1 Application Identifier definitions"). The parser needs the length of each AI to split an element
// string that has no separators between fixed-length fields.

export interface AiSpec {
  ai: string;
  /** Exact data length for fixed-length AIs; the maximum for variable-length ones. */
  length: number;
  variable: boolean;
  /** n: digits only; x: the GS1 AI encodable character set 82. */
  charset: 'n' | 'x';
  /** The data ends in a mod-10 check digit (GTIN, SSCC, GLN). */
  checkDigit?: boolean;
  /**
   * A YYMMDD date. A day of 00 means "month only": for an end date (expiry, best before) it is the month's last
   * day, as the spec says; for a start date (production, packaging) we take the first day, the conservative reading.
   */
  date?: 'start' | 'end';
}

const fixed = (ai: string, length: number, extra: Partial<AiSpec> = {}): AiSpec => ({
  ai,
  length,
  variable: false,
  charset: 'n',
  ...extra,
});
const upTo = (ai: string, length: number, charset: 'n' | 'x' = 'x'): AiSpec => ({ ai, length, variable: true, charset });

const specs: AiSpec[] = [
  fixed('00', 18, { checkDigit: true }), // SSCC: the serial shipping container code on a case or pallet
  fixed('01', 14, { checkDigit: true }), // GTIN of the trade item
  fixed('02', 14, { checkDigit: true }), // GTIN of the trade items contained in a logistic unit
  upTo('10', 20), // batch or lot
  fixed('11', 6, { date: 'start' }), // production date
  fixed('12', 6, { date: 'end' }), // due date
  fixed('13', 6, { date: 'start' }), // packaging date
  fixed('15', 6, { date: 'end' }), // best before
  fixed('16', 6, { date: 'end' }), // sell by
  fixed('17', 6, { date: 'end' }), // expiration
  fixed('20', 2), // internal product variant
  upTo('21', 20), // serial number
  upTo('22', 20), // consumer product variant
  upTo('235', 28), // third-party controlled serialised extension of GTIN
  upTo('240', 30), // additional product identification
  upTo('241', 30), // customer part number
  upTo('242', 6, 'n'), // made-to-order variation
  upTo('243', 20), // packaging component number
  upTo('250', 30), // secondary serial number
  upTo('251', 30), // reference to source entity
  upTo('253', 30), // global document type identifier
  upTo('254', 20), // GLN extension component
  upTo('255', 25, 'n'), // global coupon number
  upTo('30', 8, 'n'), // variable count of items
  upTo('37', 8, 'n'), // count of trade items contained in a logistic unit
  upTo('400', 30), // customer's purchase order number
  upTo('401', 30), // global identification number for consignment
  fixed('402', 17), // global shipment identification number
  upTo('403', 30), // routing code
  ...['410', '411', '412', '413', '414', '415', '416', '417'].map((ai) => fixed(ai, 13, { checkDigit: true })), // GLNs
  upTo('420', 20), // ship-to postal code
  upTo('421', 12), // ship-to postal code with ISO country code
  fixed('422', 3), // country of origin
  upTo('423', 15, 'n'), // country of initial processing
  fixed('424', 3), // country of processing
  upTo('425', 15, 'n'), // country of disassembly
  fixed('426', 3), // country of full process chain
  upTo('427', 3), // country subdivision of origin
  fixed('7001', 13), // NATO stock number
  fixed('7003', 10), // expiration date and time (YYMMDDHHMM)
  upTo('8004', 30), // global individual asset identifier
  fixed('8005', 6), // price per unit of measure
  upTo('8008', 12, 'n'), // date and time of production
  upTo('8020', 25), // payment slip reference number
  upTo('8200', 70), // extended packaging URL
  upTo('90', 30), // mutually agreed between trading partners
  ...['91', '92', '93', '94', '95', '96', '97', '98', '99'].map((ai) => upTo(ai, 90)), // company internal
];

const byAi = new Map(specs.map((s) => [s.ai, s]));

/**
 * The spec's table of AIs with predefined length (figure 7.8.5-2), keyed by the AI's first two digits: the total
 * length of AI plus data. An AI in this table never needs a separator after it, so even one we do not know by
 * name can be stepped over. The 31nn–36nn measures (weights, lengths, volumes) live here.
 */
const predefinedTotal: Record<string, number> = {
  '00': 20, '01': 16, '02': 16, '03': 16, '04': 18, '11': 8, '12': 8, '13': 8, '14': 8, '15': 8, '16': 8, '17': 8,
  '18': 8, '19': 8, '20': 4, '31': 10, '32': 10, '33': 10, '34': 10, '35': 10, '36': 10, '41': 16,
};

/** AI digits of an AI in the predefined-length table: two for 00–20, three for 41n, four for 31nn–36nn. */
function predefinedAiLength(prefix: string): number {
  if (prefix === '41') return 3;
  return prefix >= '31' && prefix <= '36' ? 4 : 2;
}

/** The AI spec for exactly these digits, or undefined. */
export const aiSpec = (ai: string): AiSpec | undefined => byAi.get(ai) ?? predefinedSpec(ai);

function predefinedSpec(ai: string): AiSpec | undefined {
  const total = predefinedTotal[ai.slice(0, 2)];
  if (total === undefined || ai.length !== predefinedAiLength(ai.slice(0, 2))) return undefined;
  return fixed(ai, total - ai.length);
}

/** The AI that starts at `text[pos]`: the longest-known of 2, 3 or 4 digits, or undefined. */
export function aiAt(text: string, pos: number): AiSpec | undefined {
  // AIs are prefix-free (no AI is the start of another), so the first match is the only one.
  for (const len of [2, 3, 4]) {
    const ai = text.slice(pos, pos + len);
    if (ai.length < len || !/^\d+$/.test(ai)) return undefined;
    const spec = aiSpec(ai);
    if (spec) return spec;
  }
  return undefined;
}

/** The GS1 AI encodable character set 82 (GS1 General Specifications figure 7.11-1). */
const SET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;

/** Index of the first character not allowed in an AI of this charset, or -1. */
export function badCharIndex(value: string, charset: 'n' | 'x'): number {
  const ok = charset === 'n' ? /^\d*$/ : SET_82;
  if (ok.test(value)) return -1;
  const one = charset === 'n' ? /\d/ : /[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]/;
  for (let i = 0; i < value.length; i++) if (!one.test(value[i]!)) return i;
  return -1;
}
