// Business errors: a stable code plus parameters. The message is looked up in the caller's language at the API
// edge (messages.ts), so core code never formats text for people.
import type { MessageCode } from './messages';

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: ErrorParams = {},
    /** Per-row or per-field details, e.g. an import's row errors. */
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
