// Inputs of auth.* — shared by the API (validation) and the renderer (form validation).
import { z } from 'zod';

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[a-zA-Z0-9_.-]+$/, { error: 'USERNAME_FORMAT' });

export const passwordSchema = z.string().min(8, { error: 'PASSWORD_WEAK' }).max(128);

export const setupOwnerInput = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(32),
  password: passwordSchema,
});
export type SetupOwnerInput = z.infer<typeof setupOwnerInput>;

export const loginInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof loginInput>;
