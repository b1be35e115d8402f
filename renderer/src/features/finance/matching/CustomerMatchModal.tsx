// C in the workbench: choose the customer a statement line is from. The line becomes that customer's receipt,
// allocated oldest first, and the payer name is learned for the next statement.
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../components/money';
import { useCustomerOptions } from '../receipts/useCustomerOptions';
import type { QueueLine } from './suggestion-text';

export function CustomerMatchModal({ line, busy, onClose, onMatch }: { line: QueueLine; busy: boolean; onClose: () => void; onMatch: (customerId: string) => void }) {
  const { t } = useTranslation();
  const customers = useCustomerOptions();
  const [customerId, setCustomerId] = useState<string | null>(line.knownCustomerId);
  const data = line.knownCustomerId && line.knownCustomerName && !customers.options.some((o) => o.value === line.knownCustomerId)
    ? [{ value: line.knownCustomerId, label: line.knownCustomerName }, ...customers.options]
    : customers.options;
  return (
    <Modal opened onClose={onClose} title={t('finance.matching.createTitle')}>
      <Stack gap="sm">
        <Text size="sm">
          {line.txnTime} · {line.payerName || line.payerAccount} · ¥{formatFen(line.amount)}
        </Text>
        <Select
          label={t('finance.fields.customer')}
          placeholder={t('finance.receipts.form.customerPlaceholder')}
          searchable
          data-autofocus
          data={data}
          value={customerId}
          onChange={setCustomerId}
          onSearchChange={customers.setQuery}
          filter={({ options }) => options}
        />
        <Text size="xs" c="dimmed">{t('finance.matching.createHint')}</Text>
        <Group justify="flex-end">
          <Button loading={busy} disabled={!customerId} onClick={() => customerId && onMatch(customerId)}>
            {t('finance.matching.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
