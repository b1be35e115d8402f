// Serial receipt printers (and USB printers that show up as a virtual COM port, the usual route on Windows):
// open the port, write the job, wait until the OS has sent it (drain), close.
import { AppError } from '../../../core/shared/errors';
import { classifyPortError, messageOf } from '../../serial/port-error';
import { loadSerialPort, type SerialPortInstance } from '../../serial/serialport-module';

export async function sendSerial(path: string, baudRate: number, data: Uint8Array, timeoutMs: number): Promise<void> {
  let mod;
  try {
    mod = await loadSerialPort();
  } catch (err) {
    throw new AppError('SERIAL_DRIVER_MISSING', { detail: messageOf(err) });
  }
  const port = new mod.SerialPort({ path, baudRate, autoOpen: false });
  port.on('error', () => undefined);
  const asAppError = (err: unknown) => {
    const r = classifyPortError(err, path);
    return new AppError(r.code, r.params);
  };
  const openErr = await new Promise<Error | null>((resolve) => port.open(resolve));
  if (openErr) throw asAppError(openErr);
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        port.write(data, (err) => (err ? reject(err) : port.drain((e) => (e ? reject(e) : resolve()))));
      }),
      timeoutMs,
      () => new AppError('PRINTER_TIMEOUT', { address: path, seconds: Math.round(timeoutMs / 100) / 10 }),
    );
  } catch (err) {
    throw err instanceof AppError ? err : asAppError(err);
  } finally {
    await closeQuietly(port);
  }
}

function closeQuietly(port: SerialPortInstance): Promise<void> {
  return new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));
}

export function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(onTimeout()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
