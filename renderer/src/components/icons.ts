// The icons the UI uses, imported one file each: the package's index pulls in all ~5,000 icons, which made every
// renderer build transform them all.
export type { Icon } from '@tabler/icons-react';
export { default as IconArrowsExchange } from '@tabler/icons-react/dist/esm/icons/IconArrowsExchange.mjs';
export { default as IconClipboardCheck } from '@tabler/icons-react/dist/esm/icons/IconClipboardCheck.mjs';
export { default as IconPackageImport } from '@tabler/icons-react/dist/esm/icons/IconPackageImport.mjs';
export { default as IconQrcode } from '@tabler/icons-react/dist/esm/icons/IconQrcode.mjs';
export { default as IconStack2 } from '@tabler/icons-react/dist/esm/icons/IconStack2.mjs';
export { default as IconTruck } from '@tabler/icons-react/dist/esm/icons/IconTruck.mjs';
export { default as IconReceiptYuan } from '@tabler/icons-react/dist/esm/icons/IconReceiptYuan.mjs';
export { default as IconCash } from '@tabler/icons-react/dist/esm/icons/IconCash.mjs';
export { default as IconBuildingWarehouse } from '@tabler/icons-react/dist/esm/icons/IconBuildingWarehouse.mjs';
export { default as IconCurrencyYuan } from '@tabler/icons-react/dist/esm/icons/IconCurrencyYuan.mjs';
export { default as IconDownload } from '@tabler/icons-react/dist/esm/icons/IconDownload.mjs';
export { default as IconFileSpreadsheet } from '@tabler/icons-react/dist/esm/icons/IconFileSpreadsheet.mjs';
export { default as IconGift } from '@tabler/icons-react/dist/esm/icons/IconGift.mjs';
export { default as IconIdBadge2 } from '@tabler/icons-react/dist/esm/icons/IconIdBadge2.mjs';
export { default as IconKeyboard } from '@tabler/icons-react/dist/esm/icons/IconKeyboard.mjs';
export { default as IconLayoutDashboard } from '@tabler/icons-react/dist/esm/icons/IconLayoutDashboard.mjs';
export { default as IconLogout } from '@tabler/icons-react/dist/esm/icons/IconLogout.mjs';
export { default as IconPackage } from '@tabler/icons-react/dist/esm/icons/IconPackage.mjs';
export { default as IconPlus } from '@tabler/icons-react/dist/esm/icons/IconPlus.mjs';
export { default as IconSearch } from '@tabler/icons-react/dist/esm/icons/IconSearch.mjs';
export { default as IconShoppingCart } from '@tabler/icons-react/dist/esm/icons/IconShoppingCart.mjs';
export { default as IconTrash } from '@tabler/icons-react/dist/esm/icons/IconTrash.mjs';
export { default as IconUpload } from '@tabler/icons-react/dist/esm/icons/IconUpload.mjs';
export { default as IconUserShield } from '@tabler/icons-react/dist/esm/icons/IconUserShield.mjs';
export { default as IconUsers } from '@tabler/icons-react/dist/esm/icons/IconUsers.mjs';
