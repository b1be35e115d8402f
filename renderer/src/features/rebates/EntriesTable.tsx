// Ledger rows of one rebate account (credits, uses with their PO numbers, expiries, adjustments).
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/money';

interface EntryRow {
  businessDate: string;
  docNo: string;
  kind: 'credit' | 'use' | 'use_reversal' | 'expire' | 'adjust';
  amount: number;
  refNo: string | null;
  expiresOn: string | null;
  note: string | null;
}

export function EntriesTable({ rows, label }: { rows: readonly EntryRow[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={label} striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('rebates.entry.date')}</Table.Th>
          <Table.Th>{t('rebates.entry.docNo')}</Table.Th>
          <Table.Th>{t('rebates.entry.kind')}</Table.Th>
          <Table.Th ta="right">{t('rebates.entry.amount')} ¥</Table.Th>
          <Table.Th>{t('rebates.entry.ref')}</Table.Th>
          <Table.Th>{t('rebates.entry.expiresOn')}</Table.Th>
          <Table.Th>{t('rebates.entry.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((e) => (
          <Table.Tr key={e.docNo}>
            <Table.Td>{e.businessDate}</Table.Td>
            <Table.Td>{e.docNo}</Table.Td>
            <Table.Td>{t(`rebates.entry.kinds.${e.kind}`)}</Table.Td>
            <Table.Td ta="right" c={e.amount < 0 ? 'red' : undefined}>{formatFen(e.amount)}</Table.Td>
            <Table.Td>{e.refNo ?? ''}</Table.Td>
            <Table.Td>{e.expiresOn ?? ''}</Table.Td>
            <Table.Td>{e.note ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
