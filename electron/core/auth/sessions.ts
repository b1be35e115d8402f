// Accounts and sessions: first-owner setup, sign-in, token check with idle timeout, sign-out.
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { sessions, users } from '../../../db/schema';
import type { Actor, Core, Role } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import type { LoginThrottle } from './throttle';

/** A session ends after this long without a request. */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** lastSeenAt is refreshed at most this often, so reads do not write on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export function needsSetup(core: Core): boolean {
  const [row] = core.db.select({ n: count() }).from(users).all();
  return (row?.n ?? 0) === 0;
}

export function checkPassword(password: string): void {
  if (password.length < 8) throw new AppError('PASSWORD_WEAK');
}

/** Creates the first owner; refused once any account exists. Returns a signed-in session. */
export async function setupOwner(
  core: Core,
  input: { username: string; displayName: string; password: string },
): Promise<{ token: string; user: UserView }> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return mutate(
    core,
    null,
    (r) => ({ action: 'auth.setupOwner', entity: 'user', entityId: r.user.id }),
    () => {
      if (!needsSetup(core)) throw new AppError('SETUP_DONE');
      const user = insertUser(core, { ...input, role: 'owner' }, passwordHash);
      return { token: startSession(core, user.id), user };
    },
  );
}

export function insertUser(
  core: Core,
  input: { username: string; displayName: string; role: Role; employeeId?: string | null },
  passwordHash: string,
): UserView {
  const username = input.username.trim().toLowerCase();
  const taken = core.db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  if (taken) throw new AppError('DUPLICATE', { what: '用户名', value: username });
  const row = {
    id: newId(),
    username,
    displayName: input.displayName.trim(),
    role: input.role,
    passwordHash,
    employeeId: input.employeeId ?? null,
    active: true,
    createdAt: core.now().toISOString(),
  };
  core.db.insert(users).values(row).run();
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role };
}

/** Starts a session for the user and returns its token (only its hash is stored). Call inside a transaction. */
export function startSession(core: Core, userId: string): string {
  const token = randomBytes(32).toString('base64url');
  const at = core.now().toISOString();
  core.db.insert(sessions).values({ id: newId(), tokenHash: hashToken(token), userId, createdAt: at, lastSeenAt: at }).run();
  return token;
}

export async function login(
  core: Core,
  throttle: LoginThrottle,
  input: { username: string; password: string; client: string },
): Promise<{ token: string; user: UserView }> {
  const username = input.username.trim().toLowerCase();
  const keys = [`u:${username}`, `c:${input.client}`];
  const wait = throttle.waitMs(keys);
  if (wait > 0) throw new AppError('LOGIN_THROTTLED', { seconds: Math.ceil(wait / 1000) });
  const user = core.db.select().from(users).where(eq(users.username, username)).get();
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) {
    throttle.fail(keys);
    throw new AppError('LOGIN_FAILED');
  }
  if (!user.active) throw new AppError('USER_INACTIVE');
  throttle.succeed(keys);
  const view: UserView = { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
  return mutate(
    core,
    { userId: user.id, role: user.role, name: user.displayName },
    () => ({ action: 'auth.login', entity: 'user', entityId: user.id, data: { client: input.client } }),
    () => ({ token: startSession(core, user.id), user: view }),
  );
}

/** The actor behind a token, or an error when the token is unknown, ended or idle too long. */
export function authenticate(core: Core, token: string): Actor {
  const row = core.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.endedAt)))
    .get();
  if (!row) throw new AppError('UNAUTHORIZED');
  const now = core.now();
  const idle = now.getTime() - Date.parse(row.session.lastSeenAt);
  if (idle > IDLE_TIMEOUT_MS || !row.user.active) {
    core.db.update(sessions).set({ endedAt: now.toISOString() }).where(eq(sessions.id, row.session.id)).run();
    throw new AppError('SESSION_EXPIRED');
  }
  if (idle > TOUCH_EVERY_MS) {
    core.db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, row.session.id)).run();
  }
  return { userId: row.user.id, role: row.user.role, name: row.user.displayName };
}

export function logout(core: Core, actor: Actor, token: string): void {
  mutate(
    core,
    actor,
    () => ({ action: 'auth.logout', entity: 'user', entityId: actor.userId }),
    () => {
      core.db
        .update(sessions)
        .set({ endedAt: core.now().toISOString() })
        .where(eq(sessions.tokenHash, hashToken(token)))
        .run();
    },
  );
}
