// Moves queued print jobs to their printers. Jobs live in the database (see JobStore), so nothing is lost while a
// printer is off or the app restarts: each printer's jobs go out oldest first, and when one fails the printer's
// queue waits (with backoff) and retries that same job, so receipts never come out of order.
import { EventEmitter } from 'node:events';
import type { PrintDocument } from '../../core/devices/print-document';
import { printerAddress, type PrinterConfig } from '../../core/devices/printer-config';
import { isAppError } from '../../core/shared/errors';
import type { MessageCode } from '../../core/shared/messages';
import { backoffDelay, type Backoff } from '../backoff';
import { messageOf } from '../serial/port-error';
import { renderEscPos } from './escpos/render';
import { layoutDocument } from './layout';
import { sendToPrinter, type SendBytes } from './transports/send';

export interface QueueReason {
  code: MessageCode;
  params: Record<string, string | number>;
}

export interface StoredJob {
  id: string;
  printerId: string;
  attempts: number;
  /** ISO instant. */
  nextAttemptAt: string;
  document: PrintDocument;
}

/** Where the queue keeps its jobs: the print_jobs table in the app (see electron/api/device-services.ts). */
export interface JobStore {
  queued(): StoredJob[];
  sent(id: string, bytes: number): void;
  failed(id: string, reason: QueueReason, nextAttemptAt: Date): void;
}

export type JobOutcome = { id: string; printerId: string } & ({ status: 'sent'; bytes: number } | { status: 'failed'; reason: QueueReason; nextAttemptAt: number });

export interface PrintQueueOptions {
  store: JobStore;
  printers: () => PrinterConfig[];
  send?: SendBytes;
  backoff?: Backoff;
  now?: () => number;
  /** Longest sleep between looks at the queue, in case a job was added without a kick (another process). */
  pollMs?: number;
}

/** Printers come back slowly (a restart takes a minute), so retries start at 2 s and settle at one a minute. */
export const PRINT_BACKOFF: Backoff = { initialMs: 2000, maxMs: 60_000 };

export class PrintQueue extends EventEmitter<{ job: [JobOutcome] }> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly now: () => number;

  constructor(private readonly opts: PrintQueueOptions) {
    super();
    this.now = opts.now ?? Date.now;
  }

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Looks at the queue now: a job was added, a printer's settings changed, or a person asked to retry. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.clearTimer();
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Stops taking jobs; resolves when a send in progress has finished (its result is still recorded). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.running;
  }

  /** Resolves once no pass is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async pass(): Promise<void> {
    const jobs = this.opts.store.queued();
    const byPrinter = new Map<string, StoredJob[]>();
    for (const j of jobs) byPrinter.set(j.printerId, [...(byPrinter.get(j.printerId) ?? []), j]);
    const printers = new Map(this.opts.printers().map((p) => [p.id, p]));
    // Printers are independent: one that is off must not hold up the others.
    await Promise.all([...byPrinter].map(([id, list]) => this.drain(printers.get(id) ?? null, id, list)));
    if (!this.stopped) this.schedule();
  }

  private async drain(printer: PrinterConfig | null, printerId: string, jobs: StoredJob[]): Promise<void> {
    for (const job of jobs) {
      if (this.stopped) return;
      if (Date.parse(job.nextAttemptAt) > this.now()) return;
      if (!printer) {
        this.fail(job, { code: 'PRINTER_NOT_FOUND', params: { id: printerId } });
        return;
      }
      let bytes: Buffer;
      try {
        bytes = renderEscPos(layoutDocument(job.document, printer));
        await (this.opts.send ?? sendToPrinter)(printer, bytes);
      } catch (err) {
        this.fail(job, reasonOf(err, printer));
        return;
      }
      this.opts.store.sent(job.id, bytes.length);
      this.emit('job', { id: job.id, printerId, status: 'sent', bytes: bytes.length });
    }
  }

  private fail(job: StoredJob, reason: QueueReason): void {
    const next = this.now() + backoffDelay(job.attempts + 1, this.opts.backoff ?? PRINT_BACKOFF);
    this.opts.store.failed(job.id, reason, new Date(next));
    this.emit('job', { id: job.id, printerId: job.printerId, status: 'failed', reason, nextAttemptAt: next });
  }

  /** Sleeps until the earliest waiting job is due (or the poll interval), then looks again. */
  private schedule(): void {
    const due = this.opts.store.queued().map((j) => Date.parse(j.nextAttemptAt));
    const poll = this.opts.pollMs ?? 30_000;
    const wait = due.length ? Math.min(poll, Math.max(0, Math.min(...due) - this.now())) : poll;
    this.clearTimer();
    this.timer = setTimeout(() => this.kick(), wait);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

function reasonOf(err: unknown, printer: PrinterConfig): QueueReason {
  if (isAppError(err)) return { code: err.code, params: err.params };
  return { code: 'PRINTER_UNREACHABLE', params: { address: printerAddress(printer.transport), detail: messageOf(err) } };
}
