import type { ApiOutputs } from '../../api/types';

/** One row of products.list: a product with its units and their barcodes. */
export type ProductRow = ApiOutputs['products']['list']['rows'][number];
