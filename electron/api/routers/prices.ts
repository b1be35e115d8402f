// priceLists.*, prices.* and priceLimits.*: what each unit sells for on each price list, and the brand's limits.
// Every role reads (drivers price van sales); only the owner changes prices.
import { createPriceList, listPriceLists } from '../../core/catalog/price-lists';
import { listPriceLimits, setPriceLimit } from '../../core/catalog/price-limits';
import { pricesForProduct, setPrices } from '../../core/catalog/prices';
import { fromBase64, toFileOutput } from '../../core/imports/files';
import { exportPrices, importPrices, priceTemplate } from '../../core/imports/prices';
import { priceLimitListInput, priceLimitSetInput, priceListCreateInput, pricesForProductInput, pricesSetInput } from '../contract/catalog';
import { importFileInput } from '../contract/imports';
import { ALL_ROLES, procedure, router } from '../trpc';

const readers = procedure(...ALL_ROLES);
const owner = procedure('owner');

export const priceListsRouter = router({
  list: readers.query(({ ctx }) => listPriceLists(ctx.core)),
  create: owner.input(priceListCreateInput).mutation(({ ctx, input }) => createPriceList(ctx.core, ctx.actor, input)),
});

export const pricesRouter = router({
  forProduct: readers.input(pricesForProductInput).query(({ ctx, input }) => pricesForProduct(ctx.core, input.productId)),
  set: owner.input(pricesSetInput).mutation(({ ctx, input }) => setPrices(ctx.core, ctx.actor, input)),
  import: owner
    .input(importFileInput)
    .mutation(({ ctx, input }) => importPrices(ctx.core, ctx.actor, { fileName: input.fileName, bytes: fromBase64(input.contentBase64) })),
  export: readers.mutation(async ({ ctx }) => toFileOutput(await exportPrices(ctx.core))),
  template: readers.query(async () => toFileOutput(await priceTemplate())),
});

export const priceLimitsRouter = router({
  list: readers.input(priceLimitListInput).query(({ ctx, input }) => listPriceLimits(ctx.core, input ?? {})),
  set: owner.input(priceLimitSetInput).mutation(({ ctx, input }) => setPriceLimit(ctx.core, ctx.actor, input)),
});
