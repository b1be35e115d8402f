// customers.*: the stores. Every role reads and searches; owner and accountant write and import.
import { createCustomer, getCustomer, updateCustomer } from '../../core/parties/customers';
import { listCustomers, searchCustomers } from '../../core/parties/customer-rows';
import { customerTemplate, exportCustomers, importCustomers } from '../../core/imports/customers';
import { fromBase64, toFileOutput } from '../../core/imports/files';
import { customerCreateInput, customerGetInput, customerListInput, customerSearchInput, customerUpdateInput } from '../contract/parties';
import { importFileInput } from '../contract/imports';
import { ALL_ROLES, procedure, router } from '../trpc';

const readers = procedure(...ALL_ROLES);
const writers = procedure('owner', 'accountant');

export const customersRouter = router({
  list: readers.input(customerListInput).query(({ ctx, input }) => listCustomers(ctx.core, input ?? {})),
  get: readers.input(customerGetInput).query(({ ctx, input }) => getCustomer(ctx.core, input.id)),
  search: readers.input(customerSearchInput).query(({ ctx, input }) => searchCustomers(ctx.core, input)),
  create: writers.input(customerCreateInput).mutation(({ ctx, input }) => createCustomer(ctx.core, ctx.actor, input)),
  update: writers.input(customerUpdateInput).mutation(({ ctx, input }) => updateCustomer(ctx.core, ctx.actor, input)),
  import: writers
    .input(importFileInput)
    .mutation(({ ctx, input }) => importCustomers(ctx.core, ctx.actor, { fileName: input.fileName, bytes: fromBase64(input.contentBase64) })),
  export: readers.mutation(async ({ ctx }) => toFileOutput(await exportCustomers(ctx.core))),
  template: readers.query(async () => toFileOutput(await customerTemplate())),
});
