// While the product form is open a scan fills a barcode instead of opening another product: the unit whose
// barcode box has the focus, else the first unit without a barcode.
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useScan } from '../../scanner/useScan';
import type { ProductValues } from './product-values';
import { UNIT_INDEX } from './UnitsEditor';

export function useBarcodeScanIntoForm(form: UseFormReturnType<ProductValues>): void {
  const { t } = useTranslation();
  useScan(({ text }) => {
    const focused = document.activeElement?.getAttribute(UNIT_INDEX);
    const units = form.getValues().units;
    const index = focused !== null && focused !== undefined ? Number(focused) : units.findIndex((u) => u.barcode.trim() === '');
    const unit = units[index];
    if (!unit) {
      notifications.show({ color: 'yellow', message: t('products.scan.noUnit') });
      return;
    }
    form.setFieldValue(`units.${index}.barcode`, text);
    notifications.show({ color: 'blue', message: t('products.scan.filled', { code: text, unit: unit.name || String(index + 1) }) });
  });
}
