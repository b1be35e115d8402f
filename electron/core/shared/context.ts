// What every core function receives: the database, who is acting, and the clock.
import type { Db, Sqlite } from '../../../db/open';

export type Role = 'owner' | 'accountant' | 'clerk' | 'driver';
export const roles: readonly Role[] = ['owner', 'accountant', 'clerk', 'driver'];

export interface Actor {
  userId: string;
  role: Role;
  name: string;
}

export interface Core {
  db: Db;
  sqlite: Sqlite;
  /** Current instant; injectable so tests can fix time. */
  now: () => Date;
  /** The distributor's time zone for business dates. */
  timeZone: string;
}

export const systemClock = () => new Date();
