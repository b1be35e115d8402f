// Mantine theme. Fonts: the system's CJK fonts so Chinese renders crisply with no font download (the CSP allows
// none from outside anyway): PingFang on macOS, Microsoft YaHei on Windows, Noto Sans CJK on Linux.
// Built per language because some Mantine parts carry English labels for screen readers by default (the close
// button of dialogs, the show-password button); those get the UI language here, once for the whole app.
import { createTheme, Drawer, Modal, Notification, PasswordInput, Select, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

const cjkSans = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');

export function makeTheme(t: TFunction): MantineThemeOverride {
  const close = { 'aria-label': t('common.actions.close') };
  return createTheme({
    fontFamily: cjkSans,
    headings: { fontFamily: cjkSans },
    fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
    primaryColor: 'blue',
    defaultRadius: 'sm',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: close } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: close } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: close } }),
      Select: Select.extend({ defaultProps: { clearButtonProps: { 'aria-label': t('common.actions.clear') } } }),
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.actions.togglePassword') } } }),
    },
  });
}
