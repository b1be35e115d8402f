// 账户: each brand's rebate balance (available now, next credit to lapse); click one for its entries. The owner
// records a credit the brand confirmed (录入品牌返利到账) beside the list.
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';
import { CreditForm } from './CreditForm';
import { EntriesTable } from './EntriesTable';

export function AccountsTab({ owner }: { owner: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const accounts = useQuery(trpc.rebates.accounts.queryOptions({ accountKind: 'brand' })).data ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = accounts.find((a) => a.accountId === picked);
  const entries = useQuery({ ...trpc.rebates.entries.queryOptions({ accountKind: 'brand', accountId: picked ?? '' }), enabled: !!picked }).data ?? [];
  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <Stack gap="sm" style={{ flex: 1 }}>
        {accounts.length === 0 ? (
          <Text size="sm" c="dimmed">{t('rebates.accounts.none')}</Text>
        ) : (
          <Table aria-label={t('rebates.accounts.table')} highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rebates.accounts.name')}</Table.Th>
                <Table.Th ta="right">{t('rebates.accounts.balance')} ¥</Table.Th>
                <Table.Th ta="right">{t('rebates.accounts.available')} ¥</Table.Th>
                <Table.Th>{t('rebates.accounts.nextExpiry')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.map((a) => (
                <Table.Tr key={a.accountId} onClick={() => setPicked(a.accountId)} style={{ cursor: 'pointer' }} bg={a.accountId === picked ? 'blue.0' : undefined}>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td ta="right">{formatFen(a.balance)}</Table.Td>
                  <Table.Td ta="right">{formatFen(a.available)}</Table.Td>
                  <Table.Td>{a.nextExpiry ? t('rebates.accounts.expiryText', { date: a.nextExpiry.expiresOn, amount: formatFen(a.nextExpiry.remaining) }) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {chosen ? (
          <>
            <Title order={5}>{t('rebates.accounts.entriesOf', { name: chosen.name })}</Title>
            <EntriesTable rows={entries} label={t('rebates.accounts.entriesOf', { name: chosen.name })} />
          </>
        ) : accounts.length ? (
          <Text size="sm" c="dimmed">{t('rebates.accounts.pick')}</Text>
        ) : null}
      </Stack>
      {owner ? <CreditForm /> : null}
    </Group>
  );
}
