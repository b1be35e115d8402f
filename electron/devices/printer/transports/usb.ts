// USB receipt printers on Linux: the usblp driver exposes each as /dev/usb/lpN, written like a file. Opened without
// O_CREAT, so a printer that is unplugged is reported as missing instead of a regular file being created in /dev.
// Windows has no such device file; see electron/devices/printer/README.md for the two routes there.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { AppError } from '../../../core/shared/errors';
import { classifyPortError } from '../../serial/port-error';
import { withTimeout } from './serial';

export async function sendUsb(path: string, data: Uint8Array, timeoutMs: number): Promise<void> {
  let handle;
  try {
    handle = await open(path, constants.O_WRONLY | constants.O_NOCTTY);
  } catch (err) {
    const r = classifyPortError(err, path);
    throw new AppError(r.code, r.params);
  }
  try {
    // The driver blocks writes while the printer is out of paper or offline; the timeout turns that into a retry.
    await withTimeout(
      (async () => {
        let off = 0;
        while (off < data.length) off += (await handle.write(data, off, data.length - off)).bytesWritten;
      })(),
      timeoutMs,
      () => new AppError('PRINTER_TIMEOUT', { address: path, seconds: Math.round(timeoutMs / 100) / 10 }),
    );
  } catch (err) {
    if (err instanceof AppError) throw err;
    const r = classifyPortError(err, path);
    throw new AppError(r.code, r.params);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
