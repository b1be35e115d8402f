// 收货差异报告: what was over, short or damaged against the notice or order, kept for the claim to the brand; the
// A4 PDF (receiving.reportPdf) goes with the claim.
import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { downloadFile } from '../../components/download';
import { formatFen } from '../../components/money';
import { ScreenFrame } from '../../components/ScreenFrame';

export function DiscrepancyReport({ reportId, onBack }: { reportId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const report = useQuery(trpc.receiving.report.queryOptions({ id: reportId }));
  const pdf = useMutation(
    trpc.receiving.reportPdf.mutationOptions({
      onSuccess: downloadFile,
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const r = report.data;
  return (
    <ScreenFrame
      title={r ? t('receiving.reportTitle', { number: r.sourceNumber }) : t('receiving.report')}
      actions={
        <>
          <Button variant="default" onClick={onBack} autoFocus>
            {t('receiving.back')}
          </Button>
          <Button onClick={() => pdf.mutate({ id: reportId })} loading={pdf.isPending}>
            {t('receiving.pdf')}
          </Button>
        </>
      }
    >
      {r ? (
        <>
          <Group gap="lg">
            <Text size="sm">
              {t('stock.fields.warehouse')}：{r.warehouse.name}
            </Text>
            <Text size="sm">{r.reference}</Text>
            <Text size="sm">{r.brand}</Text>
            <Text size="sm">{r.businessDate}</Text>
          </Group>
          <Table withTableBorder striped aria-label={t('receiving.report')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('receiving.fields.sku')}</Table.Th>
                <Table.Th>{t('receiving.fields.name')}</Table.Th>
                <Table.Th>{t('receiving.fields.batch')}</Table.Th>
                <Table.Th ta="right">{t('receiving.fields.expected')}</Table.Th>
                <Table.Th ta="right">{t('receiving.fields.scanned')}</Table.Th>
                <Table.Th ta="right">{t('receiving.fields.damaged')}</Table.Th>
                <Table.Th ta="right">{t('receiving.fields.diff')}</Table.Th>
                <Table.Th ta="right">{t('stock.fields.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.lines.map((l) => (
                <Table.Tr key={l.lineNo}>
                  <Table.Td>{l.sku}</Table.Td>
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td>{l.batchNo}</Table.Td>
                  <Table.Td ta="right">{l.expectedQty}</Table.Td>
                  <Table.Td ta="right">{l.actualQty}</Table.Td>
                  <Table.Td ta="right">{l.damagedQty || ''}</Table.Td>
                  <Table.Td ta="right" c={l.diffQty < 0 ? 'red' : l.diffQty > 0 ? 'orange' : undefined} fw={700}>
                    {l.diffQty > 0 ? `+${l.diffQty}` : l.diffQty}
                  </Table.Td>
                  <Table.Td ta="right">{formatFen(l.diffValue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={500}>
            {t('receiving.reportTotals', r.totals)}
          </Text>
        </>
      ) : null}
    </ScreenFrame>
  );
}
