// locations.*: the storage location (货位) of a product in a warehouse; the owner and clerks set and clear it,
// the accountant may read it.
import { clearLocation, listLocations, setLocation } from '../../core/stock/locations';
import { locationClearInput, locationListInput, locationSetInput } from '../contract/locations';
import { procedure, router } from '../trpc';

const keepers = procedure('owner', 'clerk');

export const locationsRouter = router({
  list: procedure('owner', 'clerk', 'accountant')
    .input(locationListInput)
    .query(({ ctx, input }) => listLocations(ctx.core, input)),
  set: keepers.input(locationSetInput).mutation(({ ctx, input }) => setLocation(ctx.core, ctx.actor, input)),
  clear: keepers.input(locationClearInput).mutation(({ ctx, input }) => clearLocation(ctx.core, ctx.actor, input)),
});
