// What a serial barcode scanner needs to be read: the port, its line settings and how one scan ends. Pure zod, no
// Node: the API contract re-exports it for the settings screen, and the device service reads the same shape.
import { z } from 'zod';

/** The baud rates USB-serial scanners offer in their setup barcodes; anything else is a typo. */
export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;

export const baudRateSchema = z
  .number()
  .int()
  .refine((n) => (BAUD_RATES as readonly number[]).includes(n), { message: `one of ${BAUD_RATES.join(', ')}` });

/**
 * How the scanner marks the end of a scan. Most ship with CR; `none` is for scanners set to send no suffix, where
 * a pause of `idleMs` ends the scan instead.
 */
export const scanSuffixSchema = z.enum(['CR', 'LF', 'CRLF', 'none']);
export type ScanSuffix = z.infer<typeof scanSuffixSchema>;

/** `auto` takes valid UTF-8 as UTF-8 and anything else as GB18030 (what Chinese scanners send for 汉字 in QR codes). */
export const scanEncodingSchema = z.enum(['auto', 'gb18030', 'utf-8']);
export type ScanEncoding = z.infer<typeof scanEncodingSchema>;

export const deviceIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'letters, digits, _ . -' });

export const scannerConfigSchema = z.object({
  id: deviceIdSchema,
  name: z.string().trim().max(40).default(''),
  /** /dev/ttyUSB0, /dev/ttyACM0, COM3, or a stable link such as /dev/serial/by-id/…. */
  path: z.string().trim().min(1).max(200),
  baudRate: baudRateSchema.default(9600),
  dataBits: z.union([z.literal(7), z.literal(8)]).default(8),
  parity: z.enum(['none', 'even', 'odd']).default('none'),
  stopBits: z.union([z.literal(1), z.literal(2)]).default(1),
  suffix: scanSuffixSchema.default('CR'),
  /** With suffix `none`: the pause that ends a scan. Scanners send a whole code in a few ms at 9600 baud. */
  idleMs: z.number().int().min(20).max(2000).default(80),
  encoding: scanEncodingSchema.default('auto'),
  enabled: z.boolean().default(true),
});
export type ScannerConfig = z.infer<typeof scannerConfigSchema>;
export type ScannerConfigInput = z.input<typeof scannerConfigSchema>;

export const scannerListSchema = z.array(scannerConfigSchema).max(16);
