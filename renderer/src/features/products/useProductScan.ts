// Scans on the products screen: resolve the code on the server, then open the product it names, or offer to
// create one for an unknown barcode. A wrong check digit (or any refusal) shows the server's translated message.
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResolvedScan, ScanProduct } from '../../api/contract';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useScan } from '../../scanner/useScan';

export interface ProductScanActions {
  openProduct: (product: ScanProduct) => void;
  offerCreate: (code: string, message: string, canCreate: boolean) => void;
}

export function useProductScan(actions: ProductScanActions, enabled: boolean): void {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const handle = (result: ResolvedScan) => {
    switch (result.kind) {
      case 'product':
        actions.openProduct(result.product);
        return;
      case 'trace':
        notifications.show({ color: 'blue', message: t('products.scan.trace', { code: result.code, product: result.product.name }) });
        actions.openProduct(result.product);
        return;
      case 'document':
        notifications.show({ color: 'blue', message: t('products.scan.document', { number: result.number }) });
        return;
      case 'unknown':
        actions.offerCreate(result.code, result.hint.message, result.canCreateProduct);
        return;
    }
  };

  useScan(({ text }) => {
    queryClient
      .fetchQuery({ ...trpc.scan.resolve.queryOptions({ raw: text }), staleTime: 0 })
      .then(handle)
      .catch((err: unknown) => notifications.show({ color: 'red', title: text, message: errorText(err, t('common.errors.network')) }));
  }, enabled);
}
