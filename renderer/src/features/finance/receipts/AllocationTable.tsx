// The open items of the receipt's customer with the amount to allocate to each and an optional 抹零.
import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../components/money';
import type { ItemRow } from '../finance-types';

interface Props {
  items: readonly ItemRow[];
  lines: Record<string, string>;
  writeOffs: Record<string, string>;
  onLine: (id: string, text: string) => void;
  onWriteOff: (id: string, text: string) => void;
  onSuggest: () => void;
  onClear: () => void;
}

export function AllocationTable({ items, lines, writeOffs, onLine, onWriteOff, onSuggest, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" fw={600}>{t('finance.receipts.form.openItems')}</Text>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={onSuggest}>{t('finance.receipts.form.suggest')}</Button>
          <Button size="xs" variant="default" onClick={onClear}>{t('finance.receipts.form.clear')}</Button>
        </Group>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">{t('finance.receipts.form.noOpen')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600} mah={260}>
          <Table striped withTableBorder aria-label={t('finance.receipts.form.openItems')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.fields.docNo')}</Table.Th>
                <Table.Th>{t('finance.fields.date')}</Table.Th>
                <Table.Th ta="right">{t('finance.fields.open')}</Table.Th>
                <Table.Th w={140}>{t('finance.fields.allocate')}</Table.Th>
                <Table.Th w={110}>{t('finance.fields.writeOff')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.sourceNo || i.docNo}</Table.Td>
                  <Table.Td>{i.businessDate}</Table.Td>
                  <Table.Td ta="right">{formatFen(i.open)}</Table.Td>
                  <Table.Td>
                    <TextInput size="xs" aria-label={`${t('finance.fields.allocate')} ${i.sourceNo || i.docNo}`} value={lines[i.id] ?? ''} onChange={(e) => onLine(i.id, e.currentTarget.value)} inputMode="decimal" />
                  </Table.Td>
                  <Table.Td>
                    <TextInput size="xs" aria-label={`${t('finance.fields.writeOff')} ${i.sourceNo || i.docNo}`} value={writeOffs[i.id] ?? ''} onChange={(e) => onWriteOff(i.id, e.currentTarget.value)} inputMode="decimal" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
