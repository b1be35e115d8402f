// Printing a sales order: the receipt on the receipt printer (ESC/POS, queued, so an offline printer loses
// nothing) and the A4 documents (order, delivery note, pick list) as PDFs saved like any download.
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../../api/trpc';
import { downloadFile } from '../../components/download';
import { useBusyJobs } from '../../components/useBusyJobs';

export function useSalesPrint() {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const { busy, run } = useBusyJobs();
  return {
    busy,
    receipt: (id: string) =>
      run(`receipt:${id}`, async () => {
        await client.salesDocs.printReceipt.mutate({ orderId: id });
        notifications.show({ color: 'green', message: t('sales.print.queued') });
      }),
    orderPdf: (id: string) => run(`order:${id}`, async () => downloadFile(await client.salesDocs.orderPdf.mutate({ orderId: id }))),
    deliveryNotePdf: (id: string) => run(`note:${id}`, async () => downloadFile(await client.salesDocs.deliveryNotePdf.mutate({ orderId: id }))),
    pickListPdf: (id: string) => run(`pick:${id}`, async () => downloadFile(await client.salesDocs.pickListPdf.mutate({ orderIds: [id] }))),
  };
}
