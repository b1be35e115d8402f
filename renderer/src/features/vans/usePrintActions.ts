// Printing a van document: the A4 PDF (downloaded, to print or keep) or the loading list on the receipt printer.
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../../api/trpc';
import { downloadFile } from '../../components/download';
import { useBusyJobs } from '../../components/useBusyJobs';

export function usePrintActions() {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const { busy, run } = useBusyJobs();
  return {
    busy,
    loadingListPdf: (id: string) => run(`pdf:${id}`, async () => downloadFile(await client.vans.loadingListPdf.mutate({ id }))),
    loadingSlip: (id: string) =>
      run(`slip:${id}`, async () => {
        const document = await client.vans.loadingSlip.query({ id });
        await client.printers.print.mutate({ printerId: null, document });
        notifications.show({ color: 'green', message: t('vans.print.slipQueued') });
      }),
    returnReportPdf: (id: string) => run(`report:${id}`, async () => downloadFile(await client.vans.returnReportPdf.mutate({ id }))),
  };
}
