// Network receipt printers: raw ESC/POS on TCP port 9100. A job counts as sent once every byte is flushed to the
// printer's connection; we do not wait for the printer to hang up, because many keep the connection open and a
// job retried after a timeout would print the receipt twice.
import { connect } from 'node:net';
import { AppError } from '../../../core/shared/errors';
import { errorCode } from '../../serial/port-error';

/** How long we wait for the printer to close after the job before dropping the connection ourselves. */
const LINGER_MS = 1000;

export function sendTcp(host: string, port: number, data: Uint8Array, timeoutMs: number): Promise<void> {
  const address = `${host}:${port}`;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const socket = connect({ host, port, noDelay: true });
    const fail = (e: AppError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      reject(e);
    };
    const timer = setTimeout(() => fail(new AppError('PRINTER_TIMEOUT', { address, seconds: Math.round(timeoutMs / 100) / 10 })), timeoutMs);
    socket.on('error', (err) => {
      const code = errorCode(err);
      if (code === 'ECONNREFUSED') fail(new AppError('PRINTER_REFUSED', { address }));
      else if (code === 'ECONNRESET' || code === 'EPIPE') fail(new AppError('PRINTER_CLOSED', { address }));
      else fail(new AppError('PRINTER_UNREACHABLE', { address, detail: code === 'UNKNOWN' ? String(err.message).slice(0, 120) : code }));
    });
    socket.on('connect', () => {
      socket.end(data);
    });
    socket.on('finish', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve();
      // Let the printer read to the end and close; drop the connection if it keeps it open.
      const linger = setTimeout(() => socket.destroy(), LINGER_MS);
      socket.once('close', () => clearTimeout(linger));
      socket.resume();
    });
  });
}
