// The receipt as the printer will print it (the same layout rendered as SVG by the API), before or after printing.
import { Alert, Center, Loader, Modal, ScrollArea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';

export function ReceiptPreviewModal({ orderId, onClose }: { orderId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const preview = useQuery(trpc.salesDocs.receiptPreview.queryOptions({ orderId }));
  return (
    <Modal opened onClose={onClose} title={t('sales.print.previewTitle')} centered size="auto">
      {preview.error ? <Alert color="red">{errorText(preview.error, t('common.errors.network'))}</Alert> : null}
      {preview.data ? (
        <ScrollArea.Autosize mah="70dvh">
          {/* The API's own SVG (text escaped there): nothing from the page goes into it. */}
          <div data-testid="receipt-preview" dangerouslySetInnerHTML={{ __html: preview.data.svg }} />
        </ScrollArea.Autosize>
      ) : (
        <Center p="xl">{preview.isPending ? <Loader /> : null}</Center>
      )}
    </Modal>
  );
}
