// Puts the server's barcode and unit errors next to the unit they are about. They carry the barcode or unit name
// as a parameter (not a field path), so the unit row is found by value.
import type { UseFormReturnType } from '@mantine/form';
import { TRPCClientError } from '@trpc/client';
import { appCodeOf } from '../../api/errors';
import type { ProductValues } from './product-values';

const byBarcode = new Set(['BARCODE_CHECK_DIGIT', 'BARCODE_FORMAT', 'BARCODE_TAKEN']);
const byUnit = new Set(['UNIT_FACTOR', 'UNIT_DUPLICATE', 'UNIT_IN_USE']);

/** True when the error was placed on a unit row. */
export function applyUnitError(form: UseFormReturnType<ProductValues>, err: unknown): boolean {
  const code = appCodeOf(err);
  if (!code || !(err instanceof TRPCClientError)) return false;
  const params = ((err.data as { params?: Record<string, unknown> } | undefined)?.params ?? {}) as Record<string, unknown>;
  const units = form.getValues().units;
  if (byBarcode.has(code)) {
    const i = units.findIndex((u) => u.barcode.trim() !== '' && u.barcode.trim() === String(params.code ?? ''));
    if (i >= 0) {
      form.setFieldError(`units.${i}.barcode`, err.message);
      return true;
    }
  }
  if (code === 'UNIT_BASE') {
    form.setFieldError('units', err.message);
    return true;
  }
  if (byUnit.has(code)) {
    const i = units.findIndex((u) => u.name.trim() === String(params.unit ?? ''));
    if (i >= 0) {
      form.setFieldError(`units.${i}.${code === 'UNIT_FACTOR' ? 'factor' : 'name'}`, err.message);
      return true;
    }
  }
  return false;
}
