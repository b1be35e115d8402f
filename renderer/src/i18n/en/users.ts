import type { Shape } from '../shape';
import type { users as zh } from '../zh-CN/users';

export const users: Shape<typeof zh> = {
  title: 'Accounts',
  create: 'New account',
  search: 'Search username or name',
  columns: { username: 'Username', displayName: 'Name', role: 'Role', active: 'Status', createdAt: 'Created' },
  form: {
    createTitle: 'New account',
    username: 'Username',
    displayName: 'Name',
    role: 'Role',
    password: 'Initial password',
    passwordHint: 'At least 8 characters; ask the person to change it',
  },
  manage: {
    title: 'Account: {{name}}',
    disable: 'Disable this account',
    enable: 'Enable this account',
    disabled: 'Account disabled',
    enabled: 'Account enabled',
    resetTitle: 'Reset password',
    newPassword: 'New password',
    reset: 'Reset password',
    resetDone: 'Password reset',
  },
  created: 'Account created',
};
