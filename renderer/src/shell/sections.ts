// The sections of the app, in navbar order (Alt+1… follows this order), and which roles see each. The API checks
// roles on every call anyway; hiding what a role may not use keeps the clerk's screen uncluttered.
import type { Icon } from '../components/icons';
import { IconArrowsExchange, IconBuildingWarehouse, IconClipboardCheck, IconCurrencyYuan, IconIdBadge2, IconPackage, IconPackageImport, IconQrcode, IconStack2, IconUserShield, IconUsers } from '../components/icons';
import { IconCash, IconLayoutDashboard, IconShoppingCart } from '../components/icons';
import { IconTrash, IconTruck } from '../components/icons';
import { IconReceiptYuan } from '../components/icons';
import { IconGift } from '../components/icons';
import type { ComponentType } from 'react';
import type { Role } from '../api/contract';
import type { zhCN } from '../i18n/zh-CN';

export type SectionId = keyof typeof zhCN.shell.nav;

export interface Section {
  id: SectionId;
  icon: Icon;
  roles: readonly Role[];
}

export const SECTIONS: readonly Section[] = [
  { id: 'dashboard', icon: IconLayoutDashboard, roles: ['owner', 'accountant'] },
  { id: 'products', icon: IconPackage, roles: ['owner', 'accountant', 'clerk', 'driver'] },
  { id: 'prices', icon: IconCurrencyYuan, roles: ['owner', 'accountant'] },
  { id: 'customers', icon: IconUsers, roles: ['owner', 'accountant', 'clerk', 'driver'] },
  { id: 'sales', icon: IconReceiptYuan, roles: ['owner', 'accountant', 'clerk', 'driver'] },
  { id: 'promotions', icon: IconGift, roles: ['owner', 'accountant', 'clerk', 'driver'] },
  { id: 'employees', icon: IconIdBadge2, roles: ['owner', 'accountant'] },
  { id: 'warehouses', icon: IconBuildingWarehouse, roles: ['owner', 'accountant', 'clerk'] },
  { id: 'stock', icon: IconStack2, roles: ['owner', 'accountant', 'clerk', 'driver'] },
  { id: 'purchasing', icon: IconShoppingCart, roles: ['owner', 'accountant', 'clerk'] },
  { id: 'receiving', icon: IconPackageImport, roles: ['owner', 'clerk'] },
  { id: 'transfers', icon: IconArrowsExchange, roles: ['owner', 'clerk'] },
  { id: 'stocktake', icon: IconClipboardCheck, roles: ['owner', 'accountant', 'clerk'] },
  { id: 'trace', icon: IconQrcode, roles: ['owner', 'accountant', 'clerk'] },
  { id: 'vans', icon: IconTruck, roles: ['owner', 'accountant', 'clerk', 'driver'] },
  { id: 'adjustments', icon: IconTrash, roles: ['owner', 'accountant', 'clerk'] },
  { id: 'finance', icon: IconCash, roles: ['owner', 'accountant'] },
  { id: 'rebates', icon: IconCurrencyYuan, roles: ['owner', 'accountant'] },
  { id: 'users', icon: IconUserShield, roles: ['owner'] },
];

export const sectionsFor = (role: Role): Section[] => SECTIONS.filter((s) => s.roles.includes(role));

/** Screen components per section; filled in by screens.tsx so this list stays free of feature imports. */
export type SectionScreens = Record<SectionId, ComponentType>;
