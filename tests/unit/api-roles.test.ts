// Walks every procedure of the router against every role (and no session): a role outside the procedure's access
// list gets FORBIDDEN before its input is even read, and nothing is written; an allowed role gets past the check.
import { TRPCError } from '@trpc/server';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { appRouter } from '../../electron/api/router';
import type { Access } from '../../electron/api/trpc';
import { roles, type Role } from '../../electron/core/shared/context';
import { callerFor, quickSession } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';

type Proc = { _def: { type: 'query' | 'mutation' | 'subscription'; meta?: { access?: Access } } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Proc>);

let t: TestDb;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  t = await testDb();
  for (const role of roles) tokens[role] = await quickSession(t, role);
});
afterAll(() => t.close());

async function call(token: string | null, path: string): Promise<unknown> {
  const caller = callerFor(t, token) as unknown as Record<string, unknown>;
  const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (i?: unknown) => Promise<unknown>;
  // An input no procedure accepts: allowed roles reach validation (or, for input-less queries, the handler).
  return fn({ __roleWalk: true, id: '' });
}

const auditRows = () => t.db.select({ n: count() }).from(auditLog).get()?.n ?? 0;

describe('every procedure declares who may call it', () => {
  it('has procedures named domain.verb, each with an access list', () => {
    expect(procedures.length).toBeGreaterThan(5);
    for (const [path, p] of procedures) {
      expect(path, path).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      const access = p._def.meta?.access;
      expect(access === 'public' || (Array.isArray(access) && access.length > 0), `${path} access`).toBe(true);
    }
  });
});

describe.each(procedures)('%s', (path, proc) => {
  const access = proc._def.meta?.access ?? [];
  if (access === 'public') {
    it('is public: callable without a session', async () => {
      const err = await call(null, path).then(() => null, (e: unknown) => e);
      if (err) expect((err as TRPCError).code).not.toMatch(/UNAUTHORIZED|FORBIDDEN/);
    });
    return;
  }

  it('refuses a caller without a session', async () => {
    await expect(call(null, path)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it.each(roles)('as %s', async (role) => {
    const before = auditRows();
    const result = await call(tokens[role], path).then(
      () => ({ ok: true as const }),
      (e: unknown) => ({ ok: false as const, e: e as TRPCError }),
    );
    if ((access as readonly Role[]).includes(role)) {
      if (!result.ok) expect(result.e.code, `${role} must pass the role check of ${path}`).not.toMatch(/FORBIDDEN|UNAUTHORIZED/);
    } else {
      expect(result.ok, `${role} must be refused by ${path}`).toBe(false);
      if (!result.ok) expect(result.e.code).toBe('FORBIDDEN');
      expect(auditRows()).toBe(before);
    }
  });
});
