// Accounts managed by the owner: list, create, enable/disable, reset a password. Disabling or demoting the last
// active owner is refused so nobody is locked out of the owner's screens.
import { and, asc, count, eq } from 'drizzle-orm';
import { sessions, users } from '../../../db/schema';
import type { Actor, Core, Role } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { hashPassword } from './passwords';
import { checkPassword, insertUser, type UserView } from './sessions';

export interface UserRow extends UserView {
  active: boolean;
  createdAt: string;
}

export function listUsers(core: Core): UserRow[] {
  return core.db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.username))
    .all();
}

export async function createUser(
  core: Core,
  actor: Actor,
  input: { username: string; displayName: string; role: Role; password: string },
): Promise<UserView> {
  checkPassword(input.password);
  const hash = await hashPassword(input.password);
  return mutate(
    core,
    actor,
    (u) => ({ action: 'users.create', entity: 'user', entityId: u.id, data: { username: u.username, role: u.role } }),
    () => insertUser(core, input, hash),
  );
}

function getUser(core: Core, id: string) {
  const user = core.db.select().from(users).where(eq(users.id, id)).get();
  if (!user) throw new AppError('NOT_FOUND', { what: '账号' });
  return user;
}

function activeOwners(core: Core): number {
  return core.db.select({ n: count() }).from(users).where(and(eq(users.role, 'owner'), eq(users.active, true))).get()?.n ?? 0;
}

export function setUserActive(core: Core, actor: Actor, input: { id: string; active: boolean }): void {
  mutate(
    core,
    actor,
    () => ({ action: input.active ? 'users.enable' : 'users.disable', entity: 'user', entityId: input.id }),
    () => {
      const user = getUser(core, input.id);
      if (!input.active && user.role === 'owner' && user.active && activeOwners(core) <= 1) throw new AppError('LAST_OWNER');
      core.db.update(users).set({ active: input.active }).where(eq(users.id, input.id)).run();
      if (!input.active) endSessions(core, input.id);
    },
  );
}

export async function resetPassword(core: Core, actor: Actor, input: { id: string; password: string }): Promise<void> {
  checkPassword(input.password);
  const hash = await hashPassword(input.password);
  mutate(
    core,
    actor,
    () => ({ action: 'users.resetPassword', entity: 'user', entityId: input.id }),
    () => {
      getUser(core, input.id);
      core.db.update(users).set({ passwordHash: hash }).where(eq(users.id, input.id)).run();
      endSessions(core, input.id);
    },
  );
}

/** Signs the user out everywhere (after a password reset or when disabled). */
function endSessions(core: Core, userId: string): void {
  core.db.update(sessions).set({ endedAt: core.now().toISOString() }).where(and(eq(sessions.userId, userId))).run();
}
