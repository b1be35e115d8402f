// Inputs of users.* (owner only).
import { z } from 'zod';
import { passwordSchema, usernameSchema } from './auth';

export const roleSchema = z.enum(['owner', 'accountant', 'clerk', 'driver']);

export const createUserInput = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(32),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const setUserActiveInput = z.object({ id: z.string().min(1), active: z.boolean() });
export const resetPasswordInput = z.object({ id: z.string().min(1), password: passwordSchema });
