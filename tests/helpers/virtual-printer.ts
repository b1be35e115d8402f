// Receipt printers for tests that are real endpoints: a TCP listener on 127.0.0.1 (a network printer's port 9100)
// and a reader on the device end of a pty pair (a serial or USB printer). Both decode what they receive with the
// ESC/POS decoder, so tests check the printed text, the GB18030 bytes, cuts, drawer pulses and QR payloads.
import { closeSync, openSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { ReadStream } from 'node:tty';
import { decodeEscPos, type Decoded } from './escpos-decode';
import { until } from './pty';

export interface ReceivedJob {
  bytes: Buffer;
  decoded: Decoded;
}

export interface TcpPrinter {
  readonly port: number;
  readonly jobs: ReceivedJob[];
  /** Waits for `n` complete jobs (connections the sender closed). */
  waitForJobs(n: number, ms?: number): Promise<ReceivedJob[]>;
  close(): Promise<void>;
}

/**
 * A network receipt printer: each connection is one job, decoded when the sender closes it. `port` 0 picks a free
 * port; pass a port to bring a printer "back on" where a test's app expects it.
 */
export async function tcpPrinter(port = 0): Promise<TcpPrinter> {
  const jobs: ReceivedJob[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      // DLE EOT 1 asks for the printer status: answer "online, drawer closed" like a real printer does.
      if (d.includes(Buffer.from([0x10, 0x04, 0x01]))) socket.write(Buffer.from([0x16]));
    });
    socket.on('end', () => {
      const bytes = Buffer.concat(chunks);
      jobs.push({ bytes, decoded: decodeEscPos(bytes) });
      socket.end();
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    jobs,
    async waitForJobs(n, ms = 5000) {
      await until(() => jobs.length >= n, `${n} print job(s) on the TCP printer`, ms);
      return jobs.slice(0, n);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A free TCP port on 127.0.0.1 with nothing listening on it (a printer that is switched off). */
export async function closedPort(): Promise<number> {
  const probe = await tcpPrinter(0);
  const port = probe.port;
  await probe.close();
  return port;
}

export interface PtyPrinter {
  /** Everything received so far, decoded as one stream (jobs follow each other, each starting with ESC @). */
  decoded(): Decoded;
  bytes(): Buffer;
  /** Waits until `n` cuts have arrived (each receipt ends with one). */
  waitForCuts(n: number, ms?: number): Promise<Decoded>;
  close(): void;
}

/** A serial or USB printer: reads the device end of a pty pair (see pty.ts) as the printer's input. */
export function ptyPrinter(devicePath: string): PtyPrinter {
  const fd = openSync(devicePath, 'r+');
  // tty.ReadStream reads the pty without blocking a thread, so closing it never hangs the test.
  const stream = new ReadStream(fd);
  stream.setRawMode(true);
  const chunks: Buffer[] = [];
  stream.on('data', (d: Buffer) => chunks.push(d));
  stream.on('error', () => undefined);
  const bytes = () => Buffer.concat(chunks);
  return {
    bytes,
    decoded: () => decodeEscPos(bytes()),
    async waitForCuts(n, ms = 5000) {
      await until(() => decodeEscPos(bytes()).cuts.length >= n, `${n} cut(s) on the pty printer`, ms);
      return decodeEscPos(bytes());
    },
    close() {
      stream.destroy();
      try {
        closeSync(fd);
      } catch {
        // tty.ReadStream may have closed the descriptor already.
      }
    },
  };
}
