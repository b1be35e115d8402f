// Input validation messages in the caller's language. Schemas may name a message code (see messages.ts) as their
// custom error; anything else gets zod's own message in zh-CN or English.
import { z } from 'zod';
import { isMessageCode, translate, type Lang } from '../core/shared/messages';

type Issue = {
  path?: readonly PropertyKey[] | readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
  code?: string;
  expected?: unknown;
};

const locales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() } as const;

function pathText(path: Issue['path']): string {
  return (path ?? []).map((p) => (typeof p === 'object' && p !== null ? String(p.key) : String(p))).join('.');
}

export function validationIssues(issues: readonly Issue[], lang: Lang): { path: string; message: string }[] {
  return issues.map((issue) => {
    const path = pathText(issue.path);
    if (isMessageCode(issue.message)) return { path, message: translate(issue.message, lang) };
    // The received value is not kept on an issue after parsing, so zod's "received undefined" would mislead.
    if (issue.code === 'invalid_type' && 'expected' in issue) {
      return { path, message: translate('FIELD_TYPE', lang, { expected: String(issue.expected) }) };
    }
    let message = issue.message;
    try {
      const localized = locales[lang].localeError(issue as never);
      if (typeof localized === 'string') message = localized;
      else if (localized && typeof localized === 'object' && 'message' in localized) message = String(localized.message);
    } catch {
      // zod's locale needs fields an issue may have lost in transit; its own message is still clear.
    }
    return { path, message };
  });
}
