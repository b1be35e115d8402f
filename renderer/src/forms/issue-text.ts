// Field messages a clerk understands. zod's own locale texts ("数值过小：期望 string >=1 字符") are written for
// developers; the common cases get plain sentences here, message codes from the contract get the API's text,
// and anything else keeps zod's localized message.
import type { z } from 'zod';
import { i18next } from '../i18n';
import { messageText } from './message-codes';

type Issue = z.core.$ZodIssue;

export function issueText(issue: Issue): string {
  const t = i18next.t.bind(i18next);
  const coded = messageText(issue.message);
  if (coded !== issue.message) return coded;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return t('forms.number');
      return t('forms.required');
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('forms.required') : t('forms.minLength', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t('forms.minItems', { min: Number(issue.minimum) });
      if (issue.origin === 'number') return t('forms.min', { min: Number(issue.minimum) });
      return issue.message;
    case 'too_big':
      if (issue.origin === 'string') return t('forms.maxLength', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('forms.maxItems', { max: Number(issue.maximum) });
      if (issue.origin === 'number') return t('forms.max', { max: Number(issue.maximum) });
      return issue.message;
    default:
      return issue.message;
  }
}
