// Device tables: the persistent print queue. A receipt is queued in the database before anything is sent, so a
// printer that is off, unplugged or out of paper never loses it, even across a restart; the queue retries it.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, instant } from './columns';
import { users } from './system';

export const printJobs = sqliteTable(
  'print_jobs',
  {
    id: id(),
    /** The printer's id in the printer settings (settings are not rows, so no foreign key). */
    printerId: text('printer_id').notNull(),
    title: text('title').notNull(),
    /** The print document (lines of text, columns, QR, cut, drawer), rendered for the printer when sent. */
    document: text('document', { mode: 'json' }).notNull(),
    /** queued → sent; or cancelled by a person while still queued. */
    status: text('status', { enum: ['queued', 'sent', 'cancelled'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** The last failure as a message code and its parameters, translated when shown. */
    lastErrorCode: text('last_error_code'),
    lastErrorParams: text('last_error_params', { mode: 'json' }),
    lastAttemptAt: instant('last_attempt_at'),
    nextAttemptAt: instant('next_attempt_at').notNull(),
    createdAt: instant('created_at').notNull(),
    createdBy: text('created_by').references(() => users.id),
    sentAt: instant('sent_at'),
    /** Size of what was sent, for the job list. */
    sentBytes: integer('sent_bytes'),
  },
  (t) => [
    index('print_jobs_queue').on(t.status, t.printerId, t.createdAt),
    check('print_jobs_status_ok', sql`${t.status} IN ('queued','sent','cancelled')`),
    check('print_jobs_attempts_ok', sql`${t.attempts} >= 0`),
  ],
);
