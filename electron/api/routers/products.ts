// products.*: the catalog. Every role reads and searches; owner and clerk write and import.
import { getProduct, createProduct, setProductStatus, updateProduct } from '../../core/catalog/products';
import { listProducts } from '../../core/catalog/product-list';
import { searchProducts } from '../../core/catalog/search';
import { fromBase64, toFileOutput } from '../../core/imports/files';
import { exportProducts, importProducts, productTemplate } from '../../core/imports/products';
import {
  productCreateInput,
  productGetInput,
  productListInput,
  productSearchInput,
  productSetStatusInput,
  productUpdateInput,
} from '../contract/catalog';
import { importFileInput } from '../contract/imports';
import { ALL_ROLES, procedure, router } from '../trpc';

const readers = procedure(...ALL_ROLES);
const writers = procedure('owner', 'clerk');

export const productsRouter = router({
  list: readers.input(productListInput).query(({ ctx, input }) => listProducts(ctx.core, input ?? {})),
  get: readers.input(productGetInput).query(({ ctx, input }) => getProduct(ctx.core, input.id)),
  search: readers.input(productSearchInput).query(({ ctx, input }) => searchProducts(ctx.core, input)),
  create: writers.input(productCreateInput).mutation(({ ctx, input }) => createProduct(ctx.core, ctx.actor, input)),
  update: writers.input(productUpdateInput).mutation(({ ctx, input }) => updateProduct(ctx.core, ctx.actor, input)),
  setStatus: writers.input(productSetStatusInput).mutation(({ ctx, input }) => setProductStatus(ctx.core, ctx.actor, input)),
  import: writers
    .input(importFileInput)
    .mutation(({ ctx, input }) => importProducts(ctx.core, ctx.actor, { fileName: input.fileName, bytes: fromBase64(input.contentBase64) })),
  export: readers.mutation(async ({ ctx }) => toFileOutput(await exportProducts(ctx.core))),
  template: readers.query(async () => toFileOutput(await productTemplate())),
});
