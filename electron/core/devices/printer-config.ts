// Receipt printers: where the bytes go (network, serial, USB), the paper width, and how to cut and kick the drawer.
// Pure zod, no Node: shared by the settings screen (through the API contract), the API and the printer service.
import { z } from 'zod';
import { baudRateSchema, deviceIdSchema } from './scanner-config';

export const tcpTransportSchema = z.object({
  kind: z.literal('tcp'),
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.:_-]+$/, { message: 'host name or IP address' }),
  /** 9100 is the raw ESC/POS port ("JetDirect") every network receipt printer listens on. */
  port: z.number().int().min(1).max(65535).default(9100),
});

export const serialTransportSchema = z.object({
  kind: z.literal('serial'),
  path: z.string().trim().min(1).max(200),
  baudRate: baudRateSchema.default(9600),
});

/** Linux USB printer class device (/dev/usb/lp0), written as a file. */
export const usbTransportSchema = z.object({
  kind: z.literal('usb'),
  path: z.string().trim().min(1).max(200).default('/dev/usb/lp0'),
});

export const printerTransportSchema = z.discriminatedUnion('kind', [tcpTransportSchema, serialTransportSchema, usbTransportSchema]);
export type PrinterTransport = z.infer<typeof printerTransportSchema>;

/** 58 mm paper: 32 columns of 12-dot characters on 384 dots; 80 mm: 48 columns on 576 dots. */
export const paperSchema = z.enum(['58mm', '80mm']);
export type Paper = z.infer<typeof paperSchema>;
export const PAPER: Record<Paper, { columns: number; dots: number }> = {
  '58mm': { columns: 32, dots: 384 },
  '80mm': { columns: 48, dots: 576 },
};

export const drawerSchema = z.object({
  /** Drawer kick-out connector pin: 2 is the usual one, 5 a second drawer. */
  pin: z.union([z.literal(2), z.literal(5)]).default(2),
  /** Pulse on and off times; the printer counts in 2 ms steps up to 510 ms. */
  onMs: z.number().int().min(2).max(510).default(50),
  offMs: z.number().int().min(2).max(510).default(500),
});
export type DrawerConfig = z.infer<typeof drawerSchema>;

export const printerConfigSchema = z.object({
  id: deviceIdSchema,
  name: z.string().trim().max(40).default(''),
  transport: printerTransportSchema,
  paper: paperSchema.default('80mm'),
  /** Partial cut leaves a hinge so the receipt does not fall; `none` for printers without a cutter. */
  cut: z.enum(['partial', 'full', 'none']).default('partial'),
  drawer: drawerSchema.default({ pin: 2, onMs: 50, offMs: 500 }),
  /** How long one connection and write may take before the job is retried later. */
  timeoutMs: z.number().int().min(500).max(60_000).default(5000),
});
export type PrinterConfig = z.infer<typeof printerConfigSchema>;
export type PrinterConfigInput = z.input<typeof printerConfigSchema>;

export const printerSettingsSchema = z.object({
  printers: z.array(printerConfigSchema).max(16).default([]),
  /** The printer receipts go to when the caller names none. */
  defaultPrinterId: z.string().nullable().default(null),
});
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;

/** Human-readable address of a printer for messages: 192.168.1.87:9100, /dev/ttyUSB0, /dev/usb/lp0. */
export function printerAddress(t: PrinterTransport): string {
  return t.kind === 'tcp' ? `${t.host}:${t.port}` : t.path;
}
