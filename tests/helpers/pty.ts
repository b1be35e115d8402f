// A real serial line for tests: socat joins two pseudo-terminals, so what is written to one end arrives at the
// other through the kernel's tty layer, as from a USB-serial device. The ends get stable link names, so a test can
// "unplug" (kill socat: the ports vanish and open ports fail) and "replug" (start socat again on the same names).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { loadSerialPort } from '../../electron/devices/serial/serialport-module';
import { tempDir } from './core';

export interface PtyPair {
  /** Stable link to the end the device uses (the scanner writes here, the printer reads here). */
  readonly device: string;
  /** Stable link to the end the app opens. */
  readonly app: string;
  /** The /dev/pts paths socat reported for the current run: [device, app]. */
  readonly pts: readonly [string, string];
  /** Writes bytes as the device would, keeping the device end open between writes. */
  write(data: Uint8Array | string): void;
  /** Kills socat: both ends disappear, as when the USB cable is pulled. */
  unplug(): Promise<void>;
  /** Starts socat again on the same link names. */
  replug(): Promise<void>;
  close(): Promise<void>;
}

const PTS_LINE = /PTY is (\/dev\/pts\/\d+)/g;

export async function ptyPair(name = 'serial'): Promise<PtyPair> {
  const dir = tempDir('dms-pty-');
  const device = join(dir, `${name}-device`);
  const app = join(dir, `${name}-app`);
  let proc: ChildProcess | null = null;
  let fd: number | null = null;
  let pts: [string, string] = ['', ''];

  async function start(): Promise<void> {
    const p = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${device}`, `pty,raw,echo=0,link=${app}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    proc = p;
    pts = await new Promise<[string, string]>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`socat did not start: ${err}`)), 5000);
      p.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      p.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        // socat logs each PTY it creates, then "starting data transfer loop" once both ends are ready.
        if (err.includes('starting data transfer loop')) {
          clearTimeout(timer);
          const found = [...err.matchAll(PTS_LINE)].map((m) => m[1]!);
          if (found.length < 2) reject(new Error(`socat did not report two ptys: ${err}`));
          else resolve([found[0]!, found[1]!]);
        }
      });
    });
    if (!existsSync(device) || !existsSync(app)) throw new Error('socat links missing');
  }

  async function stop(): Promise<void> {
    if (fd !== null) closeSync(fd);
    fd = null;
    const p = proc;
    proc = null;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
    });
  }

  await start();
  return {
    device,
    app,
    get pts() {
      return pts;
    },
    write(data) {
      fd ??= openSync(device, 'r+');
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off);
    },
    unplug: stop,
    replug: start,
    close: stop,
  };
}

/** Resolves when `cond()` holds, polling every 10 ms; rejects after `ms` with `what` in the message. */
export async function until(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Why serial tests cannot run here, or null when they can: they need socat (Debian package) and the native
 * serialport module (npm). Suites skip with this text in their title, so a skip is never silent.
 */
export async function serialLineProblem(): Promise<string | null> {
  const problem = await findSerialLineProblem();
  // CI installs socat (.ci/run) and npm ci installs serialport: there a missing part is a failure, not a skip.
  if (problem && process.env.CI) throw new Error(`serial tests cannot run in CI: ${problem}`);
  return problem;
}

async function findSerialLineProblem(): Promise<string | null> {
  const socat = spawnSync('socat', ['-V'], { stdio: 'ignore' });
  if (socat.error || socat.status !== 0) return 'socat is not installed (apt-get install socat)';
  try {
    await loadSerialPort();
  } catch (err) {
    return `node-serialport cannot load: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
  return null;
}
