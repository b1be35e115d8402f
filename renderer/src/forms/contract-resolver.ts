// Client-side validation with the API's own zod input schemas, so a form refuses exactly what the server would.
// `toInput` maps the form's values (strings in text boxes, yuan instead of fen, …) to the procedure's input; the
// issue paths of the input must match the form's field paths (they do when the form mirrors the input).
import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { issueText } from './issue-text';

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    // The first problem of a field is the one to fix first.
    if (!(path in errors)) errors[path] = issueText(issue);
  }
  return errors;
}

export function contractResolver<V, S extends z.ZodType>(schema: S, toInput: (values: V) => unknown = (v) => v) {
  return (values: V): FormErrors => {
    const result = schema.safeParse(toInput(values));
    return result.success ? {} : issuesToErrors(result.error.issues);
  };
}
