// The scan path (lookup, inbound/outbound checks) runs a handful of point queries per scan: they come from the
// shared per-connection statement cache.
export { preparedOn as prepared } from '../shared/statements';
