// 中文 / English switch; the choice is remembered on this PC and sent to the API with every call.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../api/contract';
import { changeLang } from '../i18n';
import { LANGS } from '../i18n/lang';

export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('shell.language')}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(value) => void changeLang(value as Lang)}
      data={LANGS.map((lang) => ({ value: lang, label: t(`shell.languages.${lang}`) }))}
    />
  );
}
