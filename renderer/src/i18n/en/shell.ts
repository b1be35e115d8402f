import type { Shape } from '../shape';
import type { shell as zh } from '../zh-CN/shell';

export const shell: Shape<typeof zh> = {
  nav: {
    dashboard: 'Overview',
    products: 'Products',
    prices: 'Prices',
    customers: 'Customers',
    employees: 'Employees',
    warehouses: 'Warehouses',
    stock: 'Stock',
    purchasing: 'Purchasing',
    receiving: 'Receiving',
    transfers: 'Transfers',
    stocktake: 'Stocktake',
    trace: 'Trace',
    vans: 'Van loading',
    adjustments: 'Write-offs',
    sales: 'Sales',
    promotions: 'Promotions',
    users: 'Accounts',
    finance: 'Finance',
  },
  language: 'Language',
  languages: { 'zh-CN': '中文', en: 'English' },
  userMenu: 'Signed in as',
  shortcuts: {
    title: 'Keyboard shortcuts',
    open: 'Keyboard shortcuts (F1)',
    sections: 'Alt+1…9: switch section',
    search: '/ or F3: focus the search box',
    create: 'Alt+N: new',
    submit: 'Enter: submit the form',
    close: 'Esc: close the dialog',
    scan: 'Barcode scanner: scan on any screen',
  },
  navbarToggle: 'Show/hide navigation',
  scan: {
    received: 'Scanned: {{code}}',
    ignored: 'This screen does not take scans: {{code}}',
  },
  forbidden: 'Your role may not open this section',
};
