// Parties: employees (salespeople, drivers), warehouses (main and vans) and customers (stores).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { priceLists } from './catalog';
import { fen, flag, id, instant, integerChecks } from './columns';

export const employees = sqliteTable(
  'employees',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    phone: text('phone').notNull().default(''),
    role: text('role', { enum: ['salesperson', 'driver', 'clerk', 'accountant', 'other'] }).notNull(),
    active: flag('active').notNull().default(true),
    searchText: text('search_text').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [check('employees_role_ok', sql`${t.role} IN ('salesperson','driver','clerk','accountant','other')`)],
);

export const warehouses = sqliteTable(
  'warehouses',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['main', 'van'] }).notNull(),
    /** For a van: its driver and plate number. */
    driverId: text('driver_id').references(() => employees.id),
    plate: text('plate').notNull().default(''),
    active: flag('active').notNull().default(true),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [check('warehouses_kind_ok', sql`${t.kind} IN ('main','van')`)],
);

export const customers = sqliteTable(
  'customers',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    contact: text('contact').notNull().default(''),
    phone: text('phone').notNull().default(''),
    address: text('address').notNull().default(''),
    region: text('region').notNull().default(''),
    channel: text('channel').notNull().default(''),
    salespersonId: text('salesperson_id').references(() => employees.id),
    priceListId: text('price_list_id').references(() => priceLists.id),
    creditLimit: fen('credit_limit').notNull().default(0),
    paymentTermsDays: integer('payment_terms_days').notNull().default(0),
    active: flag('active').notNull().default(true),
    searchText: text('search_text').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('customers_name').on(t.name),
    // Covering index for search: matching and ranking read only these columns (see products_search).
    index('customers_search').on(t.searchText, t.active, t.code, t.name),
    index('customers_salesperson').on(t.salespersonId),
    ...integerChecks('customers', { credit_limit: t.creditLimit, payment_terms_days: t.paymentTermsDays }),
    check('customers_credit_nonneg', sql`${t.creditLimit} >= 0`),
    check('customers_terms_nonneg', sql`${t.paymentTermsDays} >= 0`),
  ],
);
