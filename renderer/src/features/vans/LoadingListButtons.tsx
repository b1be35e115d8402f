// The two ways to print a loading list: A4 PDF and the receipt printer.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePrintActions } from './usePrintActions';

export function LoadingListButtons({ id, size = 'xs' }: { id: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const print = usePrintActions();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size={size} variant="light" loading={print.busy === `pdf:${id}`} onClick={() => print.loadingListPdf(id)}>
        {t('vans.print.pdf')}
      </Button>
      <Button size={size} variant="default" loading={print.busy === `slip:${id}`} onClick={() => print.loadingSlip(id)}>
        {t('vans.print.slip')}
      </Button>
    </Group>
  );
}
