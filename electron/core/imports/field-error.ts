// An AppError that names the input field it is about ('sku', 'units.1.barcode'). The API hands the field to the
// form (error data.details.field); an import maps it back to the spreadsheet column the value came from.
import { AppError, type ErrorParams } from '../shared/errors';
import type { MessageCode } from '../shared/messages';

export interface FieldDetails {
  field: string;
}

export function fieldError(field: string, code: MessageCode, params: ErrorParams = {}): AppError {
  return new AppError(code, params, { field } satisfies FieldDetails);
}

/** The field an error names, if it names one. */
export function errorField(e: AppError): string | null {
  const d = e.details;
  return d && typeof d === 'object' && 'field' in d && typeof d.field === 'string' ? d.field : null;
}

/** Runs check and, if it throws an AppError without a field, attaches `field` to it. */
export function atField<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof AppError && errorField(e) === null) throw fieldError(field, e.code, e.params);
    throw e;
  }
}

/** Runs check and puts `prefix.` before the field of any AppError it throws ('prices.2' + 'price'). */
export function underField<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof AppError) {
      const field = errorField(e);
      throw fieldError(field ? `${prefix}.${field}` : prefix, e.code, e.params);
    }
    throw e;
  }
}
