// The devices of this PC as long-lived services: serial scanners and the print queue, started from the settings
// in the database and reconfigured when a person saves new settings. Lives in the API layer because it joins core
// (settings, print_jobs) and devices (ports, transports), which must not know each other.
import { getPrinterSettings, getScanners } from '../core/devices/device-settings';
import { markJobFailed, markJobSent, queuedJobs } from '../core/devices/print-jobs';
import type { Core } from '../core/shared/context';
import type { Backoff } from '../devices/backoff';
import { PrintQueue, type JobStore } from '../devices/printer/print-queue';
import type { SendBytes } from '../devices/printer/transports/send';
import { ScannerService } from '../devices/scanner/scanner-service';

export interface DeviceOptions {
  scannerBackoff?: Backoff;
  printBackoff?: Backoff;
  send?: SendBytes;
}

export class DeviceServices {
  readonly scanners: ScannerService;
  private queue: PrintQueue | null = null;
  private closed = false;

  constructor(private readonly opts: DeviceOptions = {}) {
    this.scanners = new ScannerService({ backoff: opts.scannerBackoff });
  }

  /** Opens the configured scanners and starts printing queued jobs, including those left from the last run. */
  async start(core: Core): Promise<void> {
    this.closed = false;
    await this.scanners.configure(getScanners(core));
    this.queue = new PrintQueue({
      store: this.storeFor(core),
      printers: () => getPrinterSettings(core).printers,
      send: this.opts.send,
      backoff: this.opts.printBackoff,
    });
    this.queue.start();
  }

  /** The print queue, once started; null in a process that does not print (tests of other domains). */
  get printQueue(): PrintQueue | null {
    return this.queue;
  }

  /** A job was queued or printer settings changed: look at the queue now. */
  kickPrinting(): void {
    this.queue?.kick();
  }

  /**
   * Stops scanners and printing. A receipt being sent at this moment stays queued and prints again on the next
   * start: a duplicate receipt is better than a lost one.
   */
  async stop(): Promise<void> {
    this.closed = true;
    const queue = this.queue;
    this.queue = null;
    await Promise.all([queue?.stop(), this.scanners.close()]);
  }

  private storeFor(core: Core): JobStore {
    // After stop() the database may already be closed; results that arrive later are dropped (see stop()).
    return {
      queued: () => (this.closed ? [] : queuedJobs(core)),
      sent: (id, bytes) => {
        if (!this.closed) markJobSent(core, id, bytes);
      },
      failed: (id, reason, next) => {
        if (!this.closed) markJobFailed(core, id, reason, next);
      },
    };
  }
}
