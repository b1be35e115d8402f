// 客户信用条件 (owner): a customer's credit limit (yuan, kept in fen on the customer) and the days an invoice may be
// overdue, with what happens when an order passes either (owner's approval, or refused). The limit is saved through
// customers.update (it lives on the customer record), the rest through salesOrders.setCreditTerms.
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorField, errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { fenToInput, formatFen, parseYuan } from '../../components/money';

type Policy = 'approval' | 'block';
interface Fields {
  creditLimit: string;
  overdueDays: string;
  policy: Policy;
}

export function CreditTermsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 200);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const hits = useQuery({ ...trpc.customers.search.queryOptions({ q: debounced || '-', limit: 20 }), enabled: debounced.length > 0 });
  const terms = useQuery({ ...trpc.salesOrders.creditTerms.queryOptions({ customerId: customerId ?? '-' }), enabled: customerId !== null });
  const found = (hits.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }));
  // The picked customer stays an option while the search text changes.
  const options = picked && !found.some((o) => o.value === picked.value) ? [picked, ...found] : found;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={5}>{t('promotions.credit.title')}</Title>
        <Select
          label={t('promotions.credit.customer')}
          placeholder={t('promotions.credit.customerHint')}
          data={options}
          value={customerId}
          onChange={(id) => {
            setPicked(options.find((o) => o.value === id) ?? null);
            setCustomerId(id);
          }}
          searchable
          searchValue={q}
          onSearchChange={setQ}
          filter={({ options: all }) => all}
          maw={420}
        />
        {terms.data ? <CreditTermsForm key={`${terms.data.customerId}:${terms.dataUpdatedAt}`} terms={terms.data} canEdit={canEdit} /> : null}
      </Stack>
    </Paper>
  );
}

type Terms = ApiOutputs['salesOrders']['creditTerms'];

/** The boxes of one customer's terms, filled from what the server holds (remounted when that changes). */
function CreditTermsForm({ terms, canEdit }: { terms: Terms; canEdit: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const customerId = terms.customerId;
  const [fields, setFields] = useState<Fields>({
    creditLimit: fenToInput(terms.creditLimitFen),
    overdueDays: terms.overdueDays === null ? '' : String(terms.overdueDays),
    policy: terms.policy,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [error, setError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: async (input: { customerId: string; creditLimit: number; overdueDays: number | null; policy: Policy }) => {
      const customer = await client.customers.get.query({ id: input.customerId });
      const { id, code, name, contact, phone, address, region, channel, salespersonId, priceListId, paymentTermsDays, active } = customer;
      await client.customers.update.mutate({ id, code, name, contact, phone, address, region, channel, salespersonId, priceListId, paymentTermsDays, active, creditLimit: input.creditLimit });
      return client.salesOrders.setCreditTerms.mutate({ customerId: input.customerId, overdueDays: input.overdueDays, policy: input.policy });
    },
  });

  const submit = () => {
    setError(null);
    const creditLimit = parseYuan(fields.creditLimit) ?? 0;
    const days = fields.overdueDays.trim() === '' ? null : /^\d+$/.test(fields.overdueDays.trim()) ? Number(fields.overdueDays) : Number.NaN;
    const bad: Partial<Record<keyof Fields, string>> = {};
    if (!Number.isFinite(creditLimit)) bad.creditLimit = t('promotions.credit.badAmount');
    if (days !== null && (!Number.isFinite(days) || days > 3650)) bad.overdueDays = t('promotions.form.badNumber');
    setErrors(bad);
    if (Object.keys(bad).length > 0) return;
    save.mutate(
      { customerId, creditLimit, overdueDays: days, policy: fields.policy },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('promotions.credit.saved') });
          void queryClient.invalidateQueries({ queryKey: trpc.salesOrders.creditTerms.queryKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.customers.get.queryKey() });
        },
        onError: (err) => {
          const field = errorField(err);
          if (field === 'creditLimit' || field === 'overdueDays') setErrors({ [field]: errorText(err, t('common.errors.network')) });
          else setError(errorText(err, t('common.errors.network')));
        },
      },
    );
  };

  return (
    <>
            <Text size="sm" c="dimmed">
              {t('promotions.credit.balance')} ¥{formatFen(terms.balanceFen)} · {t('promotions.credit.openOrders')} ¥{formatFen(terms.openOrdersFen)}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('promotions.credit.creditLimit')}
                inputMode="decimal"
                value={fields.creditLimit}
                onChange={(e) => setFields({ ...fields, creditLimit: e.currentTarget.value })}
                error={errors.creditLimit}
                readOnly={!canEdit}
              />
              <TextInput
                label={t('promotions.credit.overdueDays')}
                inputMode="numeric"
                value={fields.overdueDays}
                onChange={(e) => setFields({ ...fields, overdueDays: e.currentTarget.value })}
                error={errors.overdueDays}
                readOnly={!canEdit}
              />
              <PolicySelect label={t('promotions.credit.policy')} value={fields.policy} onChange={(policy) => setFields({ ...fields, policy })} disabled={!canEdit} />
            </SimpleGrid>
            {error ? (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            ) : null}
            {canEdit ? (
              <Group>
                <Button onClick={submit} loading={save.isPending}>
                  {t('promotions.credit.save')}
                </Button>
              </Group>
            ) : null}
    </>
  );
}

export function PolicySelect({ label, value, onChange, disabled }: { label: string; value: Policy; onChange: (p: Policy) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      allowDeselect={false}
      data={[
        { value: 'approval', label: t('promotions.credit.policyApproval') },
        { value: 'block', label: t('promotions.credit.policyBlock') },
      ]}
      value={value}
      onChange={(v) => onChange(v === 'block' ? 'block' : 'approval')}
      disabled={disabled}
      w={200}
    />
  );
}
