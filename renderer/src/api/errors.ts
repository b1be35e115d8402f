// Reading API errors: the server already translated `message` into the UI language; `data` carries the stable
// code, per-field validation issues and per-row import details.
import { TRPCClientError } from '@trpc/client';
import type { AppRouter, ErrorData, MessageCode } from './contract';

export interface FieldIssue {
  path: string;
  message: string;
}

export interface RowError {
  row: number;
  column?: string;
  message: string;
}

function dataOf(err: unknown): Partial<ErrorData> | undefined {
  if (!(err instanceof TRPCClientError)) return undefined;
  return (err as TRPCClientError<AppRouter>).data as Partial<ErrorData> | undefined;
}

export function appCodeOf(err: unknown): MessageCode | undefined {
  return dataOf(err)?.appCode;
}

export function fieldIssues(err: unknown): FieldIssue[] {
  return dataOf(err)?.issues ?? [];
}

/** An import's per-row errors (appCode IMPORT_FAILED); empty for anything else. */
export function rowErrors(err: unknown): RowError[] {
  const details = dataOf(err)?.details;
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown): RowError[] => {
    if (!d || typeof d !== 'object') return [];
    const r = d as Record<string, unknown>;
    const row = typeof r.row === 'number' ? r.row : Number(r.row);
    const message = typeof r.message === 'string' ? r.message : '';
    const column = typeof r.column === 'string' ? r.column : undefined;
    return Number.isFinite(row) ? [{ row, column, message }] : [];
  });
}

/** The input field a business error is about ('sku', 'units.1.barcode'), when the server names one. */
export function errorField(err: unknown): string | null {
  const details = dataOf(err)?.details;
  if (details && typeof details === 'object' && !Array.isArray(details) && 'field' in details) {
    const field = (details as { field: unknown }).field;
    return typeof field === 'string' && field !== '' ? field : null;
  }
  return null;
}

/** True when the server says the session is gone: the UI must go back to the sign-in page. */
export function isAuthError(err: unknown): boolean {
  const code = appCodeOf(err);
  return code === 'UNAUTHORIZED' || code === 'SESSION_EXPIRED';
}

/** The message to show a person. Network failures have no server message, so they get the caller's fallback. */
export function errorText(err: unknown, networkFallback: string): string {
  if (err instanceof TRPCClientError && dataOf(err)?.appCode) return err.message;
  return networkFallback;
}
