// The print document: what a receipt says, line by line, independent of the printer. It renders to ESC/POS bytes
// for the printer and to an SVG preview for the screen from the same layout, so both show the same content.
// Pure zod, no Node: callers in core build documents, the API accepts them, the renderer can preview them.
import { z } from 'zod';

export const alignSchema = z.enum(['left', 'center', 'right']);
export type Align = z.infer<typeof alignSchema>;

/** Character magnification the printer supports for both ASCII and 汉字 (GS !): 1 or 2 in each direction. */
const scale = z.union([z.literal(1), z.literal(2)]);

/** Line text: anything printable. Control characters are replaced when laid out (they would be printer commands). */
const lineText = z.string().max(2000);

export const textLineSchema = z.object({
  kind: z.literal('text'),
  text: lineText,
  align: alignSchema.default('left'),
  bold: z.boolean().default(false),
  underline: z.boolean().default(false),
  width: scale.default(1),
  height: scale.default(1),
});

export const columnCellSchema = z.object({
  text: lineText,
  /** Columns this cell takes; cells without a width share what is left equally. */
  width: z.number().int().min(1).max(48).optional(),
  align: alignSchema.default('left'),
});

/** A table row: cells side by side, each wrapped within its own width (品名 | 数量 | 单价 | 金额). */
export const columnsLineSchema = z.object({
  kind: z.literal('columns'),
  cells: z.array(columnCellSchema).min(1).max(8),
  bold: z.boolean().default(false),
});

export const ruleLineSchema = z.object({ kind: z.literal('rule'), style: z.enum(['single', 'double']).default('single') });
export const feedLineSchema = z.object({ kind: z.literal('feed'), lines: z.number().int().min(1).max(10).default(1) });

/** A QR code printed by the printer itself (GS ( k), e.g. a document number the delivery screen scans back. */
export const qrLineSchema = z.object({
  kind: z.literal('qr'),
  data: z.string().min(1).max(700),
  /** Module size in dots (GS ( k fn 67): 1–16. */
  size: z.number().int().min(1).max(16).default(6),
  ecc: z.enum(['L', 'M', 'Q', 'H']).default('M'),
  align: alignSchema.default('center'),
});

/** Cuts with the printer's configured mode (partial/full/none). */
export const cutLineSchema = z.object({ kind: z.literal('cut') });
/** Opens the cash drawer with the printer's configured pin and pulse. */
export const drawerLineSchema = z.object({ kind: z.literal('drawer') });

export const printLineSchema = z.discriminatedUnion('kind', [
  textLineSchema,
  columnsLineSchema,
  ruleLineSchema,
  feedLineSchema,
  qrLineSchema,
  cutLineSchema,
  drawerLineSchema,
]);
export type PrintLine = z.infer<typeof printLineSchema>;
export type PrintLineInput = z.input<typeof printLineSchema>;

export const printDocumentSchema = z.object({
  /** What the job list shows, e.g. 销售小票 SO-20261122-0007. */
  title: z.string().trim().min(1).max(80),
  lines: z.array(printLineSchema).min(1).max(2000),
});
export type PrintDocument = z.infer<typeof printDocumentSchema>;
export type PrintDocumentInput = z.input<typeof printDocumentSchema>;
