// Customers (客户/门店): the stores the distributor sells to, each with a salesperson, a price list, a credit limit
// in fen and payment terms in days. `saveCustomer` is the write itself, for imports to run many in one transaction.
import { eq } from 'drizzle-orm';
import { customers, employees, priceLists } from '../../../db/schema';
import { searchTextFor } from '../catalog/search-text';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { assertFen } from '../shared/money';
import { mutate } from '../shared/mutate';
import { customerRowsByIds, type CustomerRow } from './customer-rows';
import { checkPhone } from './phone';

export interface CustomerInput {
  code: string;
  name: string;
  contact?: string;
  phone?: string;
  address?: string;
  region?: string;
  channel?: string;
  salespersonId?: string | null;
  priceListId?: string | null;
  creditLimit?: number;
  paymentTermsDays?: number;
  active?: boolean;
}

export function getCustomer(core: Core, id: string): CustomerRow {
  const [row] = customerRowsByIds(core, [id]);
  if (!row) throw new AppError('CUSTOMER_NOT_FOUND');
  return row;
}

export const customerIdByCode = (core: Core, code: string): string | undefined =>
  core.db.select({ id: customers.id }).from(customers).where(eq(customers.code, code.trim())).get()?.id;

/** The salesperson must exist and sell: a salesperson, or a driver doing van sales. */
function checkSalesperson(core: Core, id: string | null): void {
  if (!id) return;
  const e = core.db.select({ name: employees.name, role: employees.role }).from(employees).where(eq(employees.id, id)).get();
  if (!e) throw fieldError('salespersonId', 'EMPLOYEE_NOT_FOUND');
  if (e.role !== 'salesperson' && e.role !== 'driver') throw fieldError('salespersonId', 'SALESPERSON_ROLE', { name: e.name });
}

function checkPriceList(core: Core, id: string | null): void {
  if (id && !core.db.select({ id: priceLists.id }).from(priceLists).where(eq(priceLists.id, id)).get()) {
    throw fieldError('priceListId', 'PRICE_LIST_NOT_FOUND');
  }
}

function checkWholeNumbers(creditLimit: number, paymentTermsDays: number): void {
  try {
    assertFen(creditLimit);
  } catch {
    throw fieldError('creditLimit', 'MONEY_FORMAT', { value: String(creditLimit) });
  }
  if (creditLimit < 0) throw fieldError('creditLimit', 'MONEY_FORMAT', { value: String(creditLimit) });
  if (!Number.isSafeInteger(paymentTermsDays) || paymentTermsDays < 0) {
    throw fieldError('paymentTermsDays', 'IMPORT_INTEGER', { column: 'paymentTermsDays', value: String(paymentTermsDays) });
  }
}

/** Validates and writes one customer (id null: new) inside the caller's transaction; returns its id. */
export function saveCustomer(core: Core, id: string | null, input: CustomerInput): string {
  const now = core.now().toISOString();
  const code = input.code.trim();
  if (id && !core.db.select({ id: customers.id }).from(customers).where(eq(customers.id, id)).get()) {
    throw new AppError('CUSTOMER_NOT_FOUND');
  }
  const other = core.db.select({ id: customers.id, name: customers.name }).from(customers).where(eq(customers.code, code)).get();
  if (other && other.id !== id) throw fieldError('code', 'CUSTOMER_CODE_TAKEN', { code, customer: other.name });
  const salespersonId = input.salespersonId || null;
  const priceListId = input.priceListId || null;
  checkSalesperson(core, salespersonId);
  checkPriceList(core, priceListId);
  const creditLimit = input.creditLimit ?? 0;
  const paymentTermsDays = input.paymentTermsDays ?? 0;
  checkWholeNumbers(creditLimit, paymentTermsDays);

  const fields = {
    code,
    name: input.name.trim(),
    contact: input.contact?.trim() ?? '',
    phone: checkPhone(input.phone),
    address: input.address?.trim() ?? '',
    region: input.region?.trim() ?? '',
    channel: input.channel?.trim() ?? '',
    salespersonId,
    priceListId,
    creditLimit,
    paymentTermsDays,
    active: input.active ?? true,
    updatedAt: now,
  };
  const searchText = searchTextFor([fields.name, fields.code, fields.contact, fields.phone]);
  const customerId = id ?? newId();
  if (id) core.db.update(customers).set({ ...fields, searchText }).where(eq(customers.id, id)).run();
  else core.db.insert(customers).values({ id: customerId, ...fields, searchText, createdAt: now }).run();
  return customerId;
}

const auditOf = (action: string) => (c: CustomerRow) => ({
  action,
  entity: 'customer',
  entityId: c.id,
  data: { code: c.code, name: c.name, creditLimit: c.creditLimit, paymentTermsDays: c.paymentTermsDays, active: c.active },
});

export function createCustomer(core: Core, actor: Actor, input: CustomerInput): CustomerRow {
  return mutate(core, actor, auditOf('customers.create'), () => getCustomer(core, saveCustomer(core, null, input)));
}

export function updateCustomer(core: Core, actor: Actor, input: CustomerInput & { id: string }): CustomerRow {
  return mutate(core, actor, auditOf('customers.update'), () => getCustomer(core, saveCustomer(core, input.id, input)));
}
