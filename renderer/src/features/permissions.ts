// Who may change what, mirroring the roles each API procedure allows. The API enforces them; the UI only hides
// buttons a role could not use, so nobody fills a form just to be told no.
import type { Role } from '../api/contract';

const writers = {
  catalog: ['owner', 'clerk'],
  prices: ['owner'],
  customers: ['owner', 'accountant'],
  employees: ['owner'],
  warehouses: ['owner'],
  users: ['owner'],
} as const satisfies Record<string, readonly Role[]>;

export type WriteArea = keyof typeof writers;

export function canWrite(role: Role, area: WriteArea): boolean {
  return (writers[area] as readonly Role[]).includes(role);
}
