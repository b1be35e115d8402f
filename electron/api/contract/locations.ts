// Inputs of locations.* (货位). The location text itself is checked by the core (trimmed, upper-cased, at most 20
// characters) so that a wrong one gets the translated LOCATION_INVALID naming it, not a generic validation error.
import { z } from 'zod';
import { stockIdSchema } from './stock';

const locationText = z.string().max(200);

export const locationSetInput = z.object({ warehouseId: stockIdSchema, productId: stockIdSchema, location: locationText });
export const locationClearInput = z.object({ warehouseId: stockIdSchema, productId: stockIdSchema });
export const locationListInput = z.object({ warehouseId: stockIdSchema, prefix: locationText.nullish() });
