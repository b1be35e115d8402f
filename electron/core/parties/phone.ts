// Phone numbers as Chinese offices write them: 13800138000, 0731-88888888, +86 138 0013 8000, 400-800-8888.
import { fieldError } from '../imports/field-error';

const PHONE = /^[0-9+\-() ]{0,20}$/;

/** Trimmed phone, or a PHONE_FORMAT error on field `phone`. */
export function checkPhone(phone: string | undefined): string {
  const p = phone?.trim() ?? '';
  if (!PHONE.test(p)) throw fieldError('phone', 'PHONE_FORMAT');
  return p;
}
