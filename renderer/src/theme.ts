// Mantine theme. Fonts: the system's CJK fonts so Chinese renders crisply with no font download (the CSP allows
// none from outside anyway): PingFang on macOS, Microsoft YaHei on Windows, Noto Sans CJK on Linux.
import { createTheme } from '@mantine/core';

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

export const theme = createTheme({
  fontFamily: cjkSans,
  headings: { fontFamily: cjkSans },
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
  primaryColor: 'blue',
  defaultRadius: 'sm',
  // Dense screens: clerks look at many rows at once.
  scale: 1,
});
