// A customer's ledger (往来明细): every invoice, receipt and credit with what is still open; 收款 opens the receipt
// form for this customer.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { formatFen } from '../../../components/money';
import { arrayRows, VirtualTable } from '../../../components/VirtualTable';
import { ReceiptFormModal } from '../receipts/ReceiptFormModal';
import { itemColumns } from './item-columns';

export function CustomerLedger({ customer, onBack }: { customer: { id: string; name: string }; onBack: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [receiving, setReceiving] = useState(false);
  const items = useQuery(trpc.receivables.items.queryOptions({ customerId: customer.id, limit: 5000 }));
  const rows = items.data ?? [];
  const balance = rows.reduce((s, r) => s + (r.kind === 'invoice' || r.kind === 'refund' ? r.open : -r.open), 0);
  return (
    <Stack gap="sm" h="100%">
      <Group justify="space-between">
        <Title order={4}>{t('finance.receivables.ledger', { name: customer.name })}</Title>
        <Group gap="xs">
          <Button variant="default" onClick={onBack}>{t('finance.receivables.back')}</Button>
          <Button onClick={() => setReceiving(true)}>{t('finance.receivables.receive')}</Button>
        </Group>
      </Group>
      <VirtualTable
        {...arrayRows(rows)}
        columns={itemColumns(t)}
        rowKey={(r) => r.id}
        label={t('finance.receivables.ledger', { name: customer.name })}
        emptyText={items.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="sm" fw={600} aria-label="customer-balance">
        {t('finance.fields.balance')} {formatFen(balance)}
      </Text>
      {receiving && <ReceiptFormModal customer={customer} onClose={() => setReceiving(false)} />}
    </Stack>
  );
}
