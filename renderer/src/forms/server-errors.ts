// Maps an API error onto a form: validation issues, and business errors that name their field (a barcode's check
// digit, a duplicate SKU), go next to that field; whatever has no field on this form (a network failure, a rule
// about the whole record) comes back as a message to show above the buttons.
import type { UseFormReturnType } from '@mantine/form';
import { errorField, errorText, fieldIssues } from '../api/errors';

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

export function applyServerError<V>(form: UseFormReturnType<V>, err: unknown, networkFallback: string): string | null {
  const values = form.getValues();
  const field = errorField(err);
  if (field && hasPath(values, field)) {
    form.setFieldError(field, errorText(err, networkFallback));
    return null;
  }
  const issues = fieldIssues(err);
  const onFields = issues.filter((i) => i.path && hasPath(values, i.path));
  if (onFields.length > 0) form.setErrors(Object.fromEntries(onFields.map((i) => [i.path, i.message])));
  if (issues.length > 0 && onFields.length === issues.length) return null;
  return errorText(err, networkFallback);
}
