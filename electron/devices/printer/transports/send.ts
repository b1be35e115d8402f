// One entry point for every printer transport: the print queue hands over bytes and a printer's settings.
import type { PrinterConfig } from '../../../core/devices/printer-config';
import { sendSerial } from './serial';
import { sendTcp } from './tcp';
import { sendUsb } from './usb';

export type SendBytes = (printer: PrinterConfig, data: Uint8Array) => Promise<void>;

export const sendToPrinter: SendBytes = (printer, data) => {
  const t = printer.transport;
  switch (t.kind) {
    case 'tcp':
      return sendTcp(t.host, t.port, data, printer.timeoutMs);
    case 'serial':
      return sendSerial(t.path, t.baudRate, data, printer.timeoutMs);
    case 'usb':
      return sendUsb(t.path, data, printer.timeoutMs);
  }
};
