// Inputs of customers.*, employees.* and warehouses.* — shared by the API and the renderer's forms.
import { z } from 'zod';
import { fenSchema, idSchema, queryText } from './catalog';

/** Mobile (13800138000), landline (0731-88888888) or extension; digits with + - ( ) and spaces. */
export const phoneSchema = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9+\-() ]*$/, { error: 'PHONE_FORMAT' });

const partyCode = z.string().trim().min(1).max(32);

const customerFields = {
  code: partyCode,
  name: z.string().trim().min(1).max(60),
  /** The store's owner or whoever orders (老板). */
  contact: z.string().trim().max(30).optional(),
  phone: phoneSchema.optional(),
  address: z.string().trim().max(120).optional(),
  region: z.string().trim().max(30).optional(),
  /** 便利店, 超市, 餐饮, KA … free text so every distributor can use its own channels. */
  channel: z.string().trim().max(20).optional(),
  salespersonId: idSchema.nullish(),
  priceListId: idSchema.nullish(),
  creditLimit: fenSchema.optional(),
  paymentTermsDays: z.number().int().min(0).max(365).optional(),
  active: z.boolean().optional(),
};
export const customerCreateInput = z.object(customerFields);
export type CustomerCreateInput = z.infer<typeof customerCreateInput>;
export const customerUpdateInput = z.object({ id: idSchema, ...customerFields });
export type CustomerUpdateInput = z.infer<typeof customerUpdateInput>;
export const customerGetInput = z.object({ id: idSchema });

export const customerListInput = z
  .object({
    q: queryText.optional(),
    active: z.boolean().optional(),
    salespersonId: idSchema.optional(),
    region: z.string().trim().max(30).optional(),
    limit: z.number().int().min(1).max(200_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional();
export type CustomerListInput = z.infer<typeof customerListInput>;

export const customerSearchInput = z.object({
  q: queryText.min(1),
  limit: z.number().int().min(1).max(100).optional(),
  includeInactive: z.boolean().optional(),
});
export type CustomerSearchInput = z.infer<typeof customerSearchInput>;

export const employeeRoleSchema = z.enum(['salesperson', 'driver', 'clerk', 'accountant', 'other']);
export type EmployeeRole = z.infer<typeof employeeRoleSchema>;

const employeeFields = {
  code: partyCode,
  name: z.string().trim().min(1).max(30),
  phone: phoneSchema.optional(),
  role: employeeRoleSchema,
  active: z.boolean().optional(),
};
export const employeeCreateInput = z.object(employeeFields);
export type EmployeeCreateInput = z.infer<typeof employeeCreateInput>;
export const employeeUpdateInput = z.object({ id: idSchema, ...employeeFields });
export type EmployeeUpdateInput = z.infer<typeof employeeUpdateInput>;
export const employeeListInput = z
  .object({ role: employeeRoleSchema.optional(), active: z.boolean().optional() })
  .optional();

export const warehouseKindSchema = z.enum(['main', 'van']);
export type WarehouseKind = z.infer<typeof warehouseKindSchema>;

const warehouseFields = {
  code: partyCode,
  name: z.string().trim().min(1).max(40),
  kind: warehouseKindSchema,
  /** A van's driver (an employee who is a driver or salesperson); none for a main warehouse. */
  driverId: idSchema.nullish(),
  /** A van's plate number, e.g. 湘A·12345. */
  plate: z.string().trim().max(16).optional(),
  active: z.boolean().optional(),
};
export const warehouseCreateInput = z.object(warehouseFields);
export type WarehouseCreateInput = z.infer<typeof warehouseCreateInput>;
export const warehouseUpdateInput = z.object({ id: idSchema, ...warehouseFields });
export type WarehouseUpdateInput = z.infer<typeof warehouseUpdateInput>;
export const warehouseListInput = z
  .object({ kind: warehouseKindSchema.optional(), active: z.boolean().optional() })
  .optional();
