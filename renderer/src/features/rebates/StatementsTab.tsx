// 对账单: one brand's (or store's) rebate statement for a month or a date range, on screen — opening, what accrued per
// policy, credits, uses with their PO numbers, expiries, closing — and as PDF / .xlsx; the batch for every account.
import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { downloadFile } from '../../components/download';
import { formatFen } from '../../components/money';
import { AccrualsTable } from './AccrualsTable';
import { EntriesTable } from './EntriesTable';
import { thisMonth, today } from './rebate-text';
import { useAccountOptions, type AccountKind } from './useAccountOptions';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const isPeriod = (s: string) => /^\d{4}(-(\d{2}|Q[1-4]))?$/.test(s);

export function StatementsTab() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [kind, setKind] = useState<AccountKind>('brand');
  const [accountId, setAccountId] = useState<string | null>(null);
  const [mode, setMode] = useState<'month' | 'range'>('month');
  const [periodKey, setPeriodKey] = useState(thisMonth());
  const [from, setFrom] = useState(`${thisMonth()}-01`);
  const [to, setTo] = useState(today());
  const options = useAccountOptions(kind);
  const period = mode === 'month' ? (isPeriod(periodKey) ? { periodKey } : null) : isDate(from) && isDate(to) && from <= to ? { from, to } : null;
  const input = period && accountId ? { accountKind: kind, accountId, ...period } : null;
  const statement = useQuery({ ...trpc.rebates.statement.queryOptions(input ?? { accountKind: kind, accountId: '', periodKey: '' }), enabled: !!input });
  const pdf = useMutation(trpc.rebates.statementPdf.mutationOptions({ onSuccess: downloadFile }));
  const xlsx = useMutation(trpc.rebates.statementXlsx.mutationOptions({ onSuccess: downloadFile }));
  const batchPdf = useMutation(trpc.rebates.statementBatchPdf.mutationOptions({ onSuccess: downloadFile }));
  const batchXlsx = useMutation(trpc.rebates.statementBatchXlsx.mutationOptions({ onSuccess: downloadFile }));
  const failed = statement.error ?? pdf.error ?? xlsx.error ?? batchPdf.error ?? batchXlsx.error;
  const s = statement.data;
  const figures = s
    ? ([
        ['opening', s.opening],
        ['accrued', s.accrued],
        ['credits', s.credits],
        ['uses', s.uses],
        ['expiries', s.expiries],
        ['adjustments', s.adjustments],
        ['closing', s.closing],
      ] as const)
    : [];

  return (
    <Stack gap="sm">
      <Group gap="sm" align="end">
        <SegmentedControl
          aria-label={t('rebates.fields.kind')}
          value={kind}
          onChange={(v) => { setKind(v === 'store' ? 'store' : 'brand'); setAccountId(null); }}
          data={[{ value: 'brand', label: t('rebates.accountKind.brand') }, { value: 'store', label: t('rebates.accountKind.store') }]}
        />
        <Select label={t('rebates.fields.account')} searchable w={220} data={options} value={accountId} onChange={setAccountId} />
        <SegmentedControl
          aria-label={t('rebates.fields.mode')}
          value={mode}
          onChange={(v) => setMode(v === 'range' ? 'range' : 'month')}
          data={[{ value: 'month', label: t('rebates.fields.month') }, { value: 'range', label: t('rebates.fields.range') }]}
        />
        {mode === 'month' ? (
          <TextInput label={t('rebates.fields.periodKey')} value={periodKey} onChange={(e) => setPeriodKey(e.currentTarget.value)} w={120} error={!isPeriod(periodKey)} />
        ) : (
          <>
            <TextInput label={t('rebates.fields.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={130} error={!isDate(from)} />
            <TextInput label={t('rebates.fields.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={130} error={!isDate(to)} />
          </>
        )}
        <Button variant="default" disabled={!input} loading={pdf.isPending} onClick={() => input && pdf.mutate(input)}>{t('rebates.statement.pdf')}</Button>
        <Button variant="default" disabled={!input} loading={xlsx.isPending} onClick={() => input && xlsx.mutate(input)}>{t('rebates.statement.xlsx')}</Button>
        <Button variant="light" disabled={!period} loading={batchPdf.isPending} onClick={() => period && batchPdf.mutate({ accountKind: kind, ...period })}>{t('rebates.statement.batchPdf')}</Button>
        <Button variant="light" disabled={!period} loading={batchXlsx.isPending} onClick={() => period && batchXlsx.mutate({ accountKind: kind, ...period })}>{t('rebates.statement.batchXlsx')}</Button>
      </Group>
      {failed ? <Text c="red" size="sm" role="alert">{errorText(failed, t('common.errors.network'))}</Text> : null}
      {s ? (
        <Stack gap="sm" component="section" aria-label={t('rebates.statement.table')}>
          <Title order={4}>{t('rebates.statement.heading', { name: s.accountName, from: s.from, to: s.to })}</Title>
          <SimpleGrid cols={7} spacing="xs">
            {figures.map(([k, v]) => (
              <Stack gap={0} key={k}>
                <Text size="xs" c="dimmed">{t(`rebates.statement.${k}`)}</Text>
                <Text fw={k === 'closing' ? 700 : 500}>{`¥${formatFen(v)}`}</Text>
              </Stack>
            ))}
          </SimpleGrid>
          <Title order={5}>{t('rebates.statement.accrualsTable')}</Title>
          {s.accruals.length ? <AccrualsTable rows={s.accruals} label={t('rebates.statement.accrualsTable')} /> : <Text size="sm" c="dimmed">{t('rebates.statement.none')}</Text>}
          <Title order={5}>{t('rebates.statement.entriesTable')}</Title>
          {s.entries.length ? <EntriesTable rows={s.entries} label={t('rebates.statement.entriesTable')} /> : <Text size="sm" c="dimmed">{t('rebates.statement.none')}</Text>}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">{t('rebates.statement.choose')}</Text>
      )}
    </Stack>
  );
}
