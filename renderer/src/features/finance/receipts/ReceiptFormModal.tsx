// 收款: money received from a customer, allocated over their open items oldest-first (the suggestion follows the
// amount until a line is edited by hand), with 抹零 per line within the limit and a reason. Enter saves.
import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';
import { FormModal } from '../../../components/FormModal';
import { fenToInput, formatFen, parseYuan } from '../../../components/money';
import { RECEIPT_METHODS, todayDate, type ReceiptMethod } from '../finance-types';
import { AllocationTable } from './AllocationTable';
import { oldestFirst, sumPlan } from './allocation-plan';
import { useCustomerOptions } from './useCustomerOptions';

interface Props {
  customer?: { id: string; name: string };
  onClose: () => void;
}

const fenOf = (text: string | undefined): number => {
  const v = parseYuan(text ?? '');
  return v === null || Number.isNaN(v) ? 0 : v;
};

export function ReceiptFormModal({ customer, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [customerId, setCustomerId] = useState<string | null>(customer?.id ?? null);
  const [method, setMethod] = useState<ReceiptMethod>('cash');
  const [amountText, setAmountText] = useState('');
  const [businessDate, setBusinessDate] = useState(todayDate());
  const [reference, setReference] = useState('');
  const [payerName, setPayerName] = useState('');
  const [note, setNote] = useState('');
  const [alloc, setAlloc] = useState<Record<string, string>>({});
  const [writeOffs, setWriteOffs] = useState<Record<string, string>>({});
  const [manual, setManual] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const customers = useCustomerOptions(customer);

  const open = useQuery({ ...trpc.receivables.items.queryOptions({ customerId: customerId ?? '', openOnly: true, limit: 500 }), enabled: !!customerId });
  const limit = useQuery(trpc.receipts.writeOffLimit.queryOptions()).data?.limit ?? 0;
  const items = (open.data ?? []).filter((i) => i.kind === 'invoice' || i.kind === 'refund').sort((a, b) => a.businessDate.localeCompare(b.businessDate) || a.docNo.localeCompare(b.docNo));

  const amountParsed = parseYuan(amountText);
  const amount = amountParsed === null || Number.isNaN(amountParsed) ? 0 : amountParsed;
  const suggested = (fen: number) => Object.fromEntries(Object.entries(oldestFirst(items, fen)).map(([id, v]) => [id, fenToInput(v)]));
  const lines = manual ? alloc : suggested(amount);
  const plan = Object.fromEntries(items.map((i) => [i.id, fenOf(lines[i.id])]).filter(([, v]) => (v as number) > 0)) as Record<string, number>;
  const allocated = sumPlan(plan);
  const woTotal = items.reduce((s, i) => s + fenOf(writeOffs[i.id]), 0);

  const create = useMutation(
    trpc.receipts.create.mutationOptions({
      onSuccess: (r) => {
        void queryClient.invalidateQueries({ queryKey: trpc.receivables.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.receipts.pathKey() });
        notifications.show({ color: 'green', message: t('finance.receipts.form.saved', { docNo: r.receipt.docNo }) });
        onClose();
      },
      onError: (err) => setError(errorText(err, t('common.errors.network'))),
    }),
  );

  const submit = (e?: FormEvent<HTMLFormElement>) => {
    e?.preventDefault();
    setError(null);
    if (!customerId) return setError(t('finance.fields.customer'));
    if (amount <= 0) return setError(t('finance.receipts.form.amountInvalid'));
    if (allocated > amount) return setError(t('finance.receipts.form.overAllocated', { over: formatFen(allocated - amount) }));
    const wo = items.filter((i) => fenOf(writeOffs[i.id]) > 0);
    if (wo.length && !reason.trim()) return setError(t('finance.receipts.form.writeOffReasonRequired'));
    if (wo.some((i) => fenOf(writeOffs[i.id]) > limit)) return setError(t('finance.receipts.form.writeOffOverLimit'));
    create.mutate({
      customerId,
      method,
      amount,
      businessDate,
      ...(reference.trim() ? { reference: reference.trim() } : {}),
      ...(payerName.trim() ? { payerName: payerName.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      allocation: Object.keys(plan).length ? Object.entries(plan).map(([debitItemId, v]) => ({ debitItemId, amount: v })) : 'none',
      ...(wo.length ? { writeOffs: wo.map((i) => ({ debitItemId: i.id, amount: fenOf(writeOffs[i.id]), reason: reason.trim() })) } : {}),
    });
  };

  return (
    <FormModal title={t('finance.receipts.form.title')} onClose={onClose} onSubmit={submit} saving={create.isPending} error={error} size="xl">
      <Group grow align="start">
        <Select
          label={t('finance.fields.customer')}
          placeholder={t('finance.receipts.form.customerPlaceholder')}
          searchable
          data={customers.options}
          value={customerId}
          onChange={(v) => { setCustomerId(v); setManual(false); setAlloc({}); setWriteOffs({}); }}
          onSearchChange={customers.setQuery}
          filter={({ options }) => options}
          disabled={!!customer}
        />
        <TextInput label={t('finance.fields.amount')} value={amountText} onChange={(e) => setAmountText(e.currentTarget.value)} data-autofocus={customer ? true : undefined} inputMode="decimal" />
        <TextInput label={t('finance.fields.date')} value={businessDate} onChange={(e) => setBusinessDate(e.currentTarget.value)} />
      </Group>
      <SegmentedControl value={method} onChange={(v) => setMethod(RECEIPT_METHODS.find((m) => m === v) ?? 'cash')} data={RECEIPT_METHODS.map((m) => ({ value: m, label: t(`finance.methods.${m}`) }))} />
      <Group grow>
        <TextInput label={t('finance.fields.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
        <TextInput label={t('finance.fields.payerName')} value={payerName} onChange={(e) => setPayerName(e.currentTarget.value)} />
        <TextInput label={t('finance.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      </Group>
      <Stack gap={4}>
        <AllocationTable
          items={items}
          lines={lines}
          writeOffs={writeOffs}
          onLine={(id, v) => { setAlloc({ ...lines, [id]: v }); setManual(true); }}
          onWriteOff={(id, v) => setWriteOffs({ ...writeOffs, [id]: v })}
          onSuggest={() => { setManual(false); setAlloc({}); }}
          onClear={() => { setAlloc({}); setManual(true); }}
        />
        <Text size="sm" c={allocated > amount ? 'red' : undefined}>
          {allocated > amount
            ? t('finance.receipts.form.overAllocated', { over: formatFen(allocated - amount) })
            : t('finance.receipts.form.allocated', { allocated: formatFen(allocated), rest: formatFen(amount - allocated) })}
        </Text>
        <Text size="xs" c="dimmed">{t('finance.receipts.form.writeOffLimit', { limit: formatFen(limit) })}</Text>
        {woTotal > 0 && <TextInput label={t('finance.receipts.form.writeOffReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required />}
      </Stack>
    </FormModal>
  );
}
