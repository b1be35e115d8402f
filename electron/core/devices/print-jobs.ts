// The print queue's rows: queued when a receipt is printed, sent once the printer took every byte, retried with
// backoff in between. The device service moves jobs along; people list, retry, reprint and cancel them here.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { printJobs } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { MessageCode } from '../shared/messages';
import { mutate } from '../shared/mutate';
import { printDocumentSchema, type PrintDocument } from './print-document';

export type PrintJobStatus = 'queued' | 'sent' | 'cancelled';

export interface PrintJobReason {
  code: MessageCode;
  params: Record<string, string | number>;
}

export interface PrintJobView {
  id: string;
  printerId: string;
  title: string;
  status: PrintJobStatus;
  attempts: number;
  lastError: PrintJobReason | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string;
  createdAt: string;
  sentAt: string | null;
  sentBytes: number | null;
}

export interface QueuedJob extends PrintJobView {
  document: PrintDocument;
}

type Row = typeof printJobs.$inferSelect;

function view(row: Row): PrintJobView {
  return {
    id: row.id,
    printerId: row.printerId,
    title: row.title,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastErrorCode ? { code: row.lastErrorCode as MessageCode, params: (row.lastErrorParams ?? {}) as PrintJobReason['params'] } : null,
    lastAttemptAt: row.lastAttemptAt,
    nextAttemptAt: row.nextAttemptAt,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    sentBytes: row.sentBytes,
  };
}

/** Queues a document for a printer. The job is in the database before anything is sent: it cannot be lost. */
export function enqueuePrintJob(core: Core, actor: Actor | null, input: { printerId: string; document: PrintDocument }): PrintJobView {
  const document = printDocumentSchema.parse(input.document);
  const now = core.now().toISOString();
  const row: Row = {
    id: newId(),
    printerId: input.printerId,
    title: document.title,
    document,
    status: 'queued',
    attempts: 0,
    lastErrorCode: null,
    lastErrorParams: null,
    lastAttemptAt: null,
    nextAttemptAt: now,
    createdAt: now,
    createdBy: actor?.userId ?? null,
    sentAt: null,
    sentBytes: null,
  };
  return mutate(
    core,
    actor,
    (job) => ({ action: 'devices.print.enqueue', entity: 'print_jobs', entityId: job.id, data: { printerId: job.printerId, title: job.title } }),
    () => {
      core.db.insert(printJobs).values(row).run();
      return view(row);
    },
  );
}

/** Every queued job with its document, oldest first: the order receipts must come out of each printer. */
export function queuedJobs(core: Core): QueuedJob[] {
  return core.db
    .select()
    .from(printJobs)
    .where(eq(printJobs.status, 'queued'))
    .orderBy(asc(printJobs.createdAt), asc(printJobs.id))
    .all()
    .map((r) => ({ ...view(r), document: r.document as PrintDocument }));
}

export function markJobSent(core: Core, id: string, sentBytes: number): void {
  const now = core.now().toISOString();
  core.db
    .update(printJobs)
    .set({ status: 'sent', sentAt: now, lastAttemptAt: now, sentBytes, attempts: sqlIncrement() })
    .where(and(eq(printJobs.id, id), eq(printJobs.status, 'queued')))
    .run();
}

export function markJobFailed(core: Core, id: string, reason: PrintJobReason, nextAttemptAt: Date): void {
  core.db
    .update(printJobs)
    .set({
      attempts: sqlIncrement(),
      lastErrorCode: reason.code,
      lastErrorParams: reason.params,
      lastAttemptAt: core.now().toISOString(),
      nextAttemptAt: nextAttemptAt.toISOString(),
    })
    .where(and(eq(printJobs.id, id), eq(printJobs.status, 'queued')))
    .run();
}

/** attempts + 1 in SQL, so a count is never lost to a read-modify-write race. */
const sqlIncrement = (): SQL => sql`${printJobs.attempts} + 1`;

export function getPrintJob(core: Core, id: string): PrintJobView {
  const row = core.db.select().from(printJobs).where(eq(printJobs.id, id)).get();
  if (!row) throw new AppError('PRINT_JOB_NOT_FOUND');
  return view(row);
}

export function listPrintJobs(core: Core, filter: { status?: PrintJobStatus; printerId?: string; limit?: number } = {}): PrintJobView[] {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(printJobs.status, filter.status));
  if (filter.printerId) where.push(eq(printJobs.printerId, filter.printerId));
  return core.db
    .select()
    .from(printJobs)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(printJobs.createdAt), desc(printJobs.id))
    .limit(filter.limit ?? 100)
    .all()
    .map(view);
}

function queuedOrThrow(core: Core, id: string): Row {
  const row = core.db.select().from(printJobs).where(eq(printJobs.id, id)).get();
  if (!row) throw new AppError('PRINT_JOB_NOT_FOUND');
  if (row.status === 'sent') throw new AppError('PRINT_JOB_SENT');
  if (row.status === 'cancelled') throw new AppError('PRINT_JOB_CANCELLED');
  return row;
}

/** Tries a waiting job now instead of at its next scheduled attempt (the clerk switched the printer back on). */
export function retryPrintJob(core: Core, actor: Actor, id: string): PrintJobView {
  return mutate(
    core,
    actor,
    (job) => ({ action: 'devices.print.retry', entity: 'print_jobs', entityId: job.id }),
    () => {
      queuedOrThrow(core, id);
      core.db.update(printJobs).set({ nextAttemptAt: core.now().toISOString() }).where(eq(printJobs.id, id)).run();
      return getPrintJob(core, id);
    },
  );
}

export function cancelPrintJob(core: Core, actor: Actor, id: string): PrintJobView {
  return mutate(
    core,
    actor,
    (job) => ({ action: 'devices.print.cancel', entity: 'print_jobs', entityId: job.id }),
    () => {
      queuedOrThrow(core, id);
      core.db.update(printJobs).set({ status: 'cancelled' }).where(eq(printJobs.id, id)).run();
      return getPrintJob(core, id);
    },
  );
}

/** Prints a finished or cancelled job again, as a new job (optionally on another printer). */
export function reprintJob(core: Core, actor: Actor, id: string, printerId?: string): PrintJobView {
  const row = core.db.select().from(printJobs).where(eq(printJobs.id, id)).get();
  if (!row) throw new AppError('PRINT_JOB_NOT_FOUND');
  return enqueuePrintJob(core, actor, { printerId: printerId ?? row.printerId, document: row.document as PrintDocument });
}
