import type { Shape } from '../shape';
import type { auth as zh } from '../zh-CN/auth';

export const auth: Shape<typeof zh> = {
  login: {
    title: 'Sign in',
    subtitle: 'Sign in with your account',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
  },
  setup: {
    title: 'First run: create the owner account',
    subtitle: 'This is the first account of the system and may do everything. Keep the password safe.',
    username: 'Username',
    usernameHint: 'Letters, digits, underscore, dot or dash; 2–32 characters',
    displayName: 'Full name',
    password: 'Password',
    passwordHint: 'At least 8 characters',
    confirm: 'Confirm password',
    mismatch: 'The passwords do not match',
    submit: 'Create and sign in',
  },
  logout: 'Sign out',
  version: 'Version {{version}}',
};
