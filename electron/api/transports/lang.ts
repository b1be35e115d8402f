import type { Lang } from '../../core/shared/messages';

/** zh-CN unless the client clearly asks for English. */
export function langFrom(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
