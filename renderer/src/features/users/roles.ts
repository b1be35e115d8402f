import type { Role } from '../../api/contract';

/** In the order an owner thinks of them. */
export const ROLES: readonly Role[] = ['owner', 'accountant', 'clerk', 'driver'];
