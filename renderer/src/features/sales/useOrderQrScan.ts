// A scan of one of our sales documents' QR codes (DMS:SO-20261122-0007): the order it names, read by number.
// Product barcodes are left alone (the screen below may want them).
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPCClient } from '../../api/trpc';
import { useScan } from '../../scanner/useScan';
import type { SalesOrderView } from './sales-types';

export function useOrderQrScan(onOrder: (order: SalesOrderView) => void, enabled: boolean): void {
  const { t } = useTranslation();
  const client = useTRPCClient();
  useScan(({ text }) => {
    void client.scan.resolve
      .query({ raw: text.trim() })
      .then(async (r) => {
        if (r.kind !== 'document' || r.prefix !== 'SO') return;
        onOrder(await client.salesOrders.byNumber.query({ number: r.number }));
      })
      .catch((e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }));
  }, enabled);
}
