// Installs the one global keyboard-wedge listener and routes each scan to the screen in focus. A scan that no
// screen takes is still acknowledged, so the clerk knows the scanner worked.
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { listenForScans } from './listener';
import { deliverScan } from './scan-bus';

export function ScannerListener(): null {
  const { t } = useTranslation();
  useEffect(
    () =>
      listenForScans((text) => {
        if (!deliverScan({ text, at: Date.now() })) {
          notifications.show({ color: 'gray', message: t('shell.scan.ignored', { code: text }) });
        }
      }),
    [t],
  );
  return null;
}
