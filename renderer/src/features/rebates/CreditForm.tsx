// 录入品牌返利到账: the brand confirmed a rebate credit — amount in yuan, the business date, when it lapses, and
// optionally the policy and period it settles (so the accrual shows confirmed vs estimated).
import { Alert, Button, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { formatFen, parseYuan } from '../../components/money';
import { today } from './rebate-text';

export function CreditForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const brands = useQuery(trpc.brands.list.queryOptions()).data ?? [];
  const [brandId, setBrandId] = useState<string | null>(null);
  const policies = useQuery({ ...trpc.rebates.policies.queryOptions({ brandId: brandId ?? undefined, scope: 'brand' }), enabled: !!brandId }).data ?? [];
  const [amountText, setAmountText] = useState('');
  const [businessDate, setBusinessDate] = useState(today());
  const [expiresOn, setExpiresOn] = useState('');
  const [policyId, setPolicyId] = useState<string | null>(null);
  const [periodKey, setPeriodKey] = useState('');
  const [refNo, setRefNo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const amount = parseYuan(amountText);
  const credit = useMutation(
    trpc.rebates.confirmCredit.mutationOptions({
      onSuccess: (_r, input) => {
        setAmountText('');
        setRefNo('');
        setProblem(null);
        notifications.show({ color: 'green', message: t('rebates.credit.done', { brand: brands.find((b) => b.id === input.brandId)?.name ?? '', amount: formatFen(input.amount) }) });
        void queryClient.invalidateQueries({ queryKey: trpc.rebates.pathKey() });
      },
      onError: (e) => setProblem(errorText(e, t('common.errors.network'))),
    }),
  );
  const ok = !!brandId && amount !== null && !Number.isNaN(amount) && amount > 0;
  const submit = () => {
    if (!ok || !brandId || amount === null) return;
    credit.mutate({ brandId, amount, businessDate, expiresOn: expiresOn.trim() || null, policyId, periodKey: periodKey.trim() || null, refNo: refNo.trim() || undefined });
  };
  return (
    <Paper withBorder p="sm" w={300} component="section" aria-label={t('rebates.credit.title')}>
      <Stack gap="xs">
        <Title order={5}>{t('rebates.credit.title')}</Title>
        <Select label={t('rebates.credit.brand')} searchable data={brands.map((b) => ({ value: b.id, label: b.name }))} value={brandId} onChange={(v) => { setBrandId(v); setPolicyId(null); }} />
        <TextInput label={t('rebates.credit.amount')} value={amountText} onChange={(e) => setAmountText(e.currentTarget.value)} error={amount !== null && Number.isNaN(amount)} />
        <TextInput label={t('rebates.credit.businessDate')} value={businessDate} onChange={(e) => setBusinessDate(e.currentTarget.value)} />
        <TextInput label={t('rebates.credit.expiresOn')} placeholder="2027-06-30" value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} />
        <Select label={t('rebates.credit.policy')} clearable data={policies.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))} value={policyId} onChange={setPolicyId} disabled={!brandId} />
        <TextInput label={t('rebates.credit.periodKey')} value={periodKey} onChange={(e) => setPeriodKey(e.currentTarget.value)} />
        <TextInput label={t('rebates.credit.refNo')} value={refNo} onChange={(e) => setRefNo(e.currentTarget.value)} />
        {problem ? <Alert color="red" role="alert">{problem}</Alert> : null}
        <Button disabled={!ok} loading={credit.isPending} onClick={submit}>{t('rebates.credit.submit')}</Button>
      </Stack>
    </Paper>
  );
}
