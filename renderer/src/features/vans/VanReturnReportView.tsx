// A van return as loaded / sold / expected / returned per product, shortfalls in red, with its A4 printout.
import { Alert, Button, Group, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';
import { usePrintActions } from './usePrintActions';

export function VanReturnReportView({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const print = usePrintActions();
  const report = useQuery(trpc.vans.returnReport.queryOptions({ id }));
  const r = report.data;
  if (!r) return <Text size="sm">{t('common.table.loading')}</Text>;
  const label = t('vans.report.title', { number: r.number });
  return (
    <>
      <Group justify="space-between">
        <Title order={5}>{label}</Title>
        <Button size="xs" variant="light" loading={print.busy === `report:${id}`} onClick={() => print.returnReportPdf(id)}>
          {t('vans.print.reportPdf')}
        </Button>
      </Group>
      {r.totals.short === 0 && r.totals.over === 0 ? <Alert color="green">{t('vans.report.noVariance')}</Alert> : null}
      <Table withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vans.fields.sku')}</Table.Th>
            <Table.Th>{t('vans.fields.name')}</Table.Th>
            <Table.Th>{t('vans.fields.unit')}</Table.Th>
            <Table.Th ta="right">{t('vans.fields.loaded')}</Table.Th>
            <Table.Th ta="right">{t('vans.fields.sold')}</Table.Th>
            <Table.Th ta="right">{t('vans.fields.expected')}</Table.Th>
            <Table.Th ta="right">{t('vans.fields.returned')}</Table.Th>
            <Table.Th ta="right">{t('vans.fields.diff')}</Table.Th>
            <Table.Th ta="right">{t('vans.fields.diffValue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.lines.map((l) => (
            <Table.Tr key={l.lineNo} c={l.diff < 0 ? 'red' : l.diff > 0 ? 'orange' : undefined}>
              <Table.Td>{l.sku}</Table.Td>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td>{l.baseUnit}</Table.Td>
              <Table.Td ta="right">{l.loaded}</Table.Td>
              <Table.Td ta="right">{l.sold}</Table.Td>
              <Table.Td ta="right">{l.expected}</Table.Td>
              <Table.Td ta="right">{l.returned}</Table.Td>
              <Table.Td ta="right">{l.diff > 0 ? `+${l.diff}` : l.diff || ''}</Table.Td>
              <Table.Td ta="right">{l.diffValue ? formatFen(l.diffValue) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={500} data-testid="van-return-totals">
        {t('vans.report.totals', r.totals)}
      </Text>
    </>
  );
}
