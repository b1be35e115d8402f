// i18next set up for the whole UI: zh-CN by default, English as a switch. Changing the language also switches
// zod's built-in messages (client-side form validation) and what the API is asked to answer in.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import type { Lang } from '../api/contract';
import { en } from './en';
import { rememberLang, setActiveLang, storedLang } from './lang';
import { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

function applyLang(lang: Lang): void {
  setActiveLang(lang);
  z.config(lang === 'en' ? z.locales.en() : z.locales.zhCN());
  document.documentElement.lang = lang;
  document.title = i18next.t('common.app.name');
}

export async function initI18n(): Promise<void> {
  const lang = storedLang();
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'zh-CN',
    // React escapes text already.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  applyLang(lang);
}

export async function changeLang(lang: Lang): Promise<void> {
  rememberLang(lang);
  await i18next.changeLanguage(lang);
  applyLang(lang);
}

export { i18next };
