// The shapes the van screens show, inferred from vans.* so they follow the API.
import type { ApiOutputs } from '../../api/types';

export type Van = ApiOutputs['vans']['list'][number];
export type VanStock = ApiOutputs['vans']['stock'];
export type VanDoc = ApiOutputs['vans']['history'][number];
export type VanReturnReport = ApiOutputs['vans']['returnReport'];

/** Owners and clerks load and return vans; the others only look. */
export const canMoveVans = (role: string) => role === 'owner' || role === 'clerk';
