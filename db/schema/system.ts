// System tables: accounts, sessions, settings, document numbers, the audit trail and the sync outbox.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { flag, id, instant } from './columns';

export const users = sqliteTable(
  'users',
  {
    id: id(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['owner', 'accountant', 'clerk', 'driver'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    employeeId: text('employee_id'),
    active: flag('active').notNull().default(true),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [check('users_role_ok', sql`${t.role} IN ('owner','accountant','clerk','driver')`)],
);

/** Sessions keep only the SHA-256 of the token: a stolen database file does not log anyone in. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    endedAt: instant('ended_at'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: instant('updated_at').notNull(),
});

/** Next number per document prefix and business day: SO-20261122-0007. */
export const docSequences = sqliteTable(
  'doc_sequences',
  {
    prefix: text('prefix').notNull(),
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [index('doc_sequences_key').on(t.prefix, t.day)],
);

/** Append-only: who did what, when. Written in the same transaction as the change it describes. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    at: instant('at').notNull(),
    userId: text('user_id'),
    role: text('role'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    data: text('data', { mode: 'json' }),
  },
  (t) => [index('audit_entity').on(t.entity, t.entityId)],
);

/** Append-only: every posted fact, in order, for the sync pump to push to the brand cloud. */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    at: instant('at').notNull(),
    topic: text('topic').notNull(),
    entityId: text('entity_id'),
    payload: text('payload', { mode: 'json' }).notNull(),
    pushedAt: instant('pushed_at'),
  },
  (t) => [index('outbox_pending').on(t.pushedAt, t.seq)],
);
