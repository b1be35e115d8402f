import type { Shape } from '../shape';
import type { customers as zhCustomers, employees as zhEmployees, warehouses as zhWarehouses } from '../zh-CN/parties';

export const employees: Shape<typeof zhEmployees> = {
  title: 'Employees',
  create: 'New employee',
  editTitle: 'Edit employee: {{name}}',
  createTitle: 'New employee',
  search: 'Search code, name or phone',
  fields: { code: 'Code', name: 'Name', phone: 'Phone', role: 'Job', active: 'Employed' },
  roles: { salesperson: 'Salesperson', driver: 'Driver', clerk: 'Clerk', accountant: 'Accountant', other: 'Other' },
  saved: 'Employee saved',
};

export const warehouses: Shape<typeof zhWarehouses> = {
  title: 'Warehouses',
  create: 'New warehouse',
  createTitle: 'New warehouse',
  editTitle: 'Edit warehouse: {{name}}',
  search: 'Search code, name, plate or driver',
  fields: { code: 'Code', name: 'Name', kind: 'Kind', driver: 'Driver', plate: 'Plate', active: 'Active' },
  kinds: { main: 'Main warehouse', van: 'Van' },
  driverHint: 'Only a van has a driver and a plate',
  driverOption: '{{name}} ({{role}})',
  saved: 'Warehouse saved',
};

export const customers: Shape<typeof zhCustomers> = {
  title: 'Customers',
  create: 'New customer',
  createTitle: 'New customer',
  editTitle: 'Edit customer: {{name}}',
  search: 'Search name, code, phone or pinyin initials',
  fields: {
    code: 'Code',
    name: 'Store name',
    contact: 'Contact',
    phone: 'Phone',
    address: 'Address',
    region: 'Region',
    channel: 'Channel',
    salesperson: 'Salesperson',
    priceList: 'Price list',
    creditLimit: 'Credit limit (¥)',
    paymentTermsDays: 'Payment terms (days)',
    active: 'Active',
  },
  columns: { credit: 'Credit', terms: 'Terms (d)' },
  channelHint: 'e.g. convenience store, supermarket, restaurant, KA',
  saved: 'Customer saved',
};
