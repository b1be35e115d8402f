// Installs the one global keyboard-wedge listener (and, in Electron, the serial-scanner feed) and routes each scan
// to the screen in focus. A scan that no
// screen takes is still acknowledged, so the clerk knows the scanner worked.
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { listenForScans } from './listener';
import { deliverScan } from './scan-bus';

export function ScannerListener(): null {
  const { t } = useTranslation();
  useEffect(() => {
    const deliver = (text: string, at: number) => {
      if (!deliverScan({ text, at })) {
        notifications.show({ color: 'gray', message: t('shell.scan.ignored', { code: text }) });
      }
    };
    const stopWedge = listenForScans((text) => deliver(text, Date.now()));
    // In Electron, USB-serial scanners are read in main and arrive over the bridge: same bus, same handling.
    const stopSerial = window.dms?.subscribe('scan', (scan) => deliver(scan.raw, scan.at));
    return () => {
      stopWedge();
      stopSerial?.();
    };
  }, [t]);
  return null;
}
