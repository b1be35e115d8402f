// One serial scanner: opens its port, frames and decodes scans, and when the scanner is unplugged (or not there yet)
// keeps trying to open it again with backoff. Scans that arrived complete before an unplug were already delivered
// when their suffix arrived; only an unfinished scan (no suffix yet) is lost, and it is counted, not hidden.
import type { ScannerConfig } from '../../core/devices/scanner-config';
import { DEFAULT_BACKOFF, backoffDelay, type Backoff } from '../backoff';
import { classifyPortError, messageOf, type DeviceReason } from '../serial/port-error';
import type { SerialPortInstance, SerialPortModule } from '../serial/serialport-module';
import { decodeScanBytes } from '../text/decode';
import { ScanFramer } from './framer';
import type { ScanEvent } from './scan-event';
import type { ScannerState, ScannerStatus } from './scanner-status';

export interface LinkDeps {
  loadSerialPort: () => Promise<SerialPortModule>;
  backoff?: Backoff;
  now?: () => number;
}

export interface LinkEvents {
  scan: (e: ScanEvent) => void;
  status: (s: ScannerStatus) => void;
}

export class ScannerLink {
  private port: SerialPortInstance | null = null;
  private framer: ScanFramer | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly now: () => number;
  private st: ScannerStatus;

  constructor(
    readonly config: ScannerConfig,
    private readonly deps: LinkDeps,
    private readonly on: LinkEvents,
  ) {
    this.now = deps.now ?? Date.now;
    this.st = {
      id: config.id,
      name: config.name,
      path: config.path,
      state: 'waiting',
      reason: null,
      since: this.now(),
      attempts: 0,
      nextRetryAt: null,
      scans: 0,
      lastScanAt: null,
      droppedBytes: 0,
    };
  }

  get status(): ScannerStatus {
    return { ...this.st };
  }

  start(): void {
    if (!this.config.enabled) return this.setState('stopped', null);
    void this.connect();
  }

  /** Closes the port and stops retrying. Resolves once the port is closed. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearRetry();
    const port = this.port;
    this.detach();
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    this.setState('stopped', null);
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    this.st.nextRetryAt = null;
    let mod: SerialPortModule;
    try {
      mod = await this.deps.loadSerialPort();
    } catch (err) {
      return this.failed({ code: 'SERIAL_DRIVER_MISSING', params: { detail: messageOf(err) } }, false);
    }
    if (this.stopped) return;
    const c = this.config;
    const port = new mod.SerialPort({
      path: c.path,
      baudRate: c.baudRate,
      dataBits: c.dataBits,
      parity: c.parity,
      stopBits: c.stopBits,
      autoOpen: false,
    });
    // An 'error' with no listener would crash the main process; open errors also come through open's callback.
    port.on('error', () => undefined);
    const err = await new Promise<Error | null>((resolve) => port.open(resolve));
    if (this.stopped) {
      if (!err) port.close();
      return;
    }
    if (err) {
      const r = classifyPortError(err, c.path);
      return this.failed({ code: r.code, params: r.params }, r.waiting);
    }
    this.attach(port);
    this.st.attempts = 0;
    this.setState('connected', null);
  }

  private attach(port: SerialPortInstance): void {
    this.port = port;
    const framer = new ScanFramer(this.config.suffix, this.config.idleMs, {
      frame: (bytes) => this.deliver(bytes),
      overflow: (n) => this.drop(n),
    });
    this.framer = framer;
    port.on('data', (chunk: Buffer) => framer.push(chunk));
    // A read error that does not close the port by itself still means the device is gone: close and retry.
    port.on('error', (err: Error) => {
      if (this.port !== port) return;
      this.lost(err);
      if (port.isOpen) port.close();
    });
    // Unplugging closes the port with an error marked `disconnected`; any close we did not ask for is a loss.
    port.on('close', (err: Error | null) => {
      if (this.port !== port) return;
      this.lost(err);
    });
  }

  private detach(): void {
    const framer = this.framer;
    this.framer = null;
    this.port = null;
    if (framer) {
      const pending = framer.pending;
      framer.end();
      // With suffix `none`, end() delivered the pending bytes as a scan; otherwise they were an unfinished scan.
      if (pending > 0 && this.config.suffix !== 'none') this.drop(pending);
    }
  }

  private lost(err: Error | null): void {
    this.detach();
    if (this.stopped) return;
    const r = err ? classifyPortError(err, this.config.path) : null;
    // Any unrequested close means the device went away; a plain disconnect is "waiting", not an error.
    const reason: DeviceReason =
      r && !r.waiting ? { code: r.code, params: r.params } : { code: 'DEVICE_DISCONNECTED', params: { path: this.config.path } };
    this.failed(reason, !r || r.waiting);
  }

  private failed(reason: DeviceReason, waiting: boolean): void {
    if (this.stopped) return;
    this.st.attempts += 1;
    const delay = backoffDelay(this.st.attempts, this.deps.backoff ?? DEFAULT_BACKOFF);
    this.st.nextRetryAt = this.now() + delay;
    this.setState(waiting ? 'waiting' : 'error', reason);
    this.clearRetry();
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }

  private deliver(bytes: Uint8Array): void {
    const raw = decodeScanBytes(bytes, this.config.encoding);
    const at = this.now();
    this.st.scans += 1;
    this.st.lastScanAt = at;
    this.on.scan({ raw, source: 'serial', at, scanner: this.config.id });
  }

  private drop(n: number): void {
    this.st.droppedBytes += n;
    this.emitStatus();
  }

  private setState(state: ScannerState, reason: DeviceReason | null): void {
    const changed = state !== this.st.state || JSON.stringify(reason) !== JSON.stringify(this.st.reason);
    this.st.state = state;
    this.st.reason = reason;
    if (changed) this.st.since = this.now();
    this.emitStatus();
  }

  private emitStatus(): void {
    this.on.status(this.status);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
