// The UI language: zh-CN unless the person chose English; the choice is remembered on this PC (localStorage).
import type { Lang } from '../api/contract';

const KEY = 'dms.lang';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export function storedLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Without storage the choice lasts for this page only; nothing else breaks.
  }
}

let active: Lang = storedLang();

/** The language the API should answer in (sent with every call). */
export function currentLang(): Lang {
  return active;
}

export function setActiveLang(lang: Lang): void {
  active = lang;
}
