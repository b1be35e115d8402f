// The accrual rows (per policy and period: basis, tier, rate, amount, what the brand confirmed) — on the statement
// and under 政策.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/money';
import { rateText, tierText, type AccrualRow } from './rebate-text';

export function AccrualsTable({ rows, label }: { rows: readonly AccrualRow[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={label} striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('rebates.accrual.policy')}</Table.Th>
          <Table.Th>{t('rebates.accrual.period')}</Table.Th>
          <Table.Th ta="right">{t('rebates.accrual.basis')} ¥</Table.Th>
          <Table.Th ta="right">{t('rebates.accrual.qty')}</Table.Th>
          <Table.Th>{t('rebates.accrual.tier')}</Table.Th>
          <Table.Th ta="right">{t('rebates.accrual.rate')}</Table.Th>
          <Table.Th ta="right">{t('rebates.accrual.amount')} ¥</Table.Th>
          <Table.Th ta="right">{t('rebates.accrual.confirmed')} ¥</Table.Th>
          <Table.Th>{t('rebates.accrual.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{`${a.policyCode} ${a.policyName}`}</Table.Td>
            <Table.Td>{a.periodKey}</Table.Td>
            <Table.Td ta="right">{formatFen(a.basisAmount)}</Table.Td>
            <Table.Td ta="right">{`${a.basisQty} ${a.unitName}`}</Table.Td>
            <Table.Td>{tierText(t, a)}</Table.Td>
            <Table.Td ta="right">{rateText(a)}</Table.Td>
            <Table.Td ta="right">{formatFen(a.amount)}</Table.Td>
            <Table.Td ta="right">{a.scope === 'brand' ? formatFen(a.confirmed) : ''}</Table.Td>
            <Table.Td>{a.status === 'closed' ? t('rebates.accrual.closed') : t('rebates.accrual.open')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
