import type { Shape } from '../shape';
import type { common as zh } from '../zh-CN/common';

export const common: Shape<typeof zh> = {
  app: { name: 'Distributor Management System', short: 'DMS' },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    create: 'New',
    edit: 'Edit',
    add: 'Add',
    remove: 'Remove',
    search: 'Search',
    import: 'Import',
    export: 'Export',
    template: 'Template',
    retry: 'Retry',
    confirm: 'OK',
    enable: 'Enable',
    togglePassword: 'Show/hide password',
    clear: 'Clear',
    disable: 'Disable',
  },
  roles: { owner: 'Owner', accountant: 'Accountant', clerk: 'Clerk', driver: 'Driver / salesperson' },
  status: { active: 'Active', inactive: 'Inactive' },
  table: {
    empty: 'No data',
    loading: 'Loading…',
    count: '{{total}} in all',
    countShown: '{{total}} in all, first {{shown}} shown',
  },
  errors: {
    network: 'Cannot reach the server; check the network or try again later',
    sessionExpired: 'Your session has expired; please sign in again',
    formInvalid: 'Please fix the fields marked in red',
  },
  saved: 'Saved',
  yes: 'Yes',
  no: 'No',
  none: 'None',
};
