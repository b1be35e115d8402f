// A real SQLite database in a temp folder, migrated, with a Core and signed-in actors for each role.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenDb } from '../../db/open';
import { hashPassword } from '../../electron/core/auth/passwords';
import { insertUser } from '../../electron/core/auth/sessions';
import type { Actor, Core, Role } from '../../electron/core/shared/context';
import { DEFAULT_TIME_ZONE } from '../../electron/core/shared/dates';

export interface TestDb extends OpenDb {
  dir: string;
  core: Core;
  close: () => void;
}

export function tempDir(prefix = 'dms-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function testDb(opts: { now?: () => Date } = {}): Promise<TestDb> {
  const dir = tempDir();
  const opened = await openDatabase(join(dir, 'dms.sqlite'));
  const core: Core = { db: opened.db, sqlite: opened.sqlite, now: opts.now ?? (() => new Date()), timeZone: DEFAULT_TIME_ZONE };
  return {
    ...opened,
    dir,
    core,
    close: () => {
      opened.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const cheapHash = hashPassword('test-pass-1234');

/** Creates a user with the given role (password test-pass-1234) and returns it as an actor. */
export async function makeActor(core: Core, role: Role, username = `${role}-${Math.random().toString(36).slice(2, 8)}`): Promise<Actor> {
  const user = insertUser(core, { username, displayName: username, role }, await cheapHash);
  return { userId: user.id, role, name: user.displayName };
}
