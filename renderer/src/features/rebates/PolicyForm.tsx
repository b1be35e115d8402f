// 新建返利政策 with its first version. Amounts are typed in yuan and percentages as "1.5" — both parse to integer
// hundredths, which is exactly fen and basis points. The server checks the rules (tiers rising, fields per kind)
// and its translated error shows here.
import { ActionIcon, Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { IconTrash } from '../../components/icons';
import { parseYuan } from '../../components/money';
import { ProductPicker, type PickedProduct } from '../receiving/ProductPicker';
import { CustomerPicker, type PickedCustomer } from '../sales/CustomerPicker';
import { thisMonth } from './rebate-text';

type Kind = 'tiered' | 'per_unit' | 'target' | 'prompt_payment' | 'fixed';
const KINDS = ['tiered', 'per_unit', 'target', 'prompt_payment', 'fixed'] as const;
type Measure = 'amount' | 'quantity';
interface TierText { from: string; value: string }

/** Hundredths (fen, bp) from "1.5"; undefined when empty, NaN when not a number. */
const hundredths = (s: string): number | undefined => parseYuan(s) ?? undefined;
/** A start or target: yuan → fen for amount measures, a whole count for quantities. */
const threshold = (s: string, measure: Measure): number => (measure === 'amount' ? (parseYuan(s) ?? Number.NaN) : /^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

export function PolicyForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const brands = useQuery(trpc.brands.list.queryOptions()).data ?? [];
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [brandId, setBrandId] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState(`${thisMonth()}-01`);
  const [validTo, setValidTo] = useState('');
  const [periodKind, setPeriodKind] = useState<'month' | 'quarter' | 'year'>('month');
  const [basis, setBasis] = useState<'purchase' | 'sellout'>('purchase');
  const [measure, setMeasure] = useState<Measure>('amount');
  const [kind, setKind] = useState<Kind>('tiered');
  const [tierMode, setTierMode] = useState<'whole' | 'marginal'>('whole');
  const [tiers, setTiers] = useState<TierText[]>([{ from: '0', value: '' }]);
  const [value, setValue] = useState('');
  const [unitName, setUnitName] = useState('箱');
  const [target, setTarget] = useState('');
  const [paymentDays, setPaymentDays] = useState('30');
  // Store policies: the distributor's own rebate to one store (or every store), paid as an AR credit or as goods.
  const [scope, setScope] = useState<'brand' | 'store'>('brand');
  const [store, setStore] = useState<PickedCustomer | null>(null);
  const [settlement, setSettlement] = useState<'credit' | 'goods'>('credit');
  const [goods, setGoods] = useState<PickedProduct | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.rebates.createPolicy.mutationOptions({
      onSuccess: (p) => {
        notifications.show({ color: 'green', message: t('rebates.form.saved', { code: p.policy.code }) });
        void queryClient.invalidateQueries({ queryKey: trpc.rebates.pathKey() });
        setProblem(null);
        onClose();
      },
      onError: (e) => setProblem(errorText(e, t('common.errors.network'))),
    }),
  );
  const opt = <T extends string>(values: readonly T[], label: (v: T) => string) => values.map((v) => ({ value: v, label: label(v) }));
  const submit = () => {
    if (!brandId) return;
    const numbers = {
      tiers: kind === 'tiered' ? tiers.map((r) => ({ from: threshold(r.from, measure), value: hundredths(r.value) ?? Number.NaN })) : undefined,
      rateBp: (kind === 'target' && measure === 'amount') || kind === 'prompt_payment' ? hundredths(value) : undefined,
      paymentDays: kind === 'prompt_payment' ? (/^\d+$/.test(paymentDays.trim()) ? Number(paymentDays.trim()) : Number.NaN) : undefined,
      perUnit: kind === 'per_unit' || (kind === 'target' && measure === 'quantity') ? hundredths(value) : undefined,
      target: kind === 'target' ? threshold(target, measure) : undefined,
      fixedAmount: kind === 'fixed' ? hundredths(value) : undefined,
    };
    const bad = [...(numbers.tiers ?? []).flatMap((r) => [r.from, r.value]), numbers.rateBp, numbers.perUnit, numbers.target, numbers.fixedAmount, numbers.paymentDays].some((n) => Number.isNaN(n));
    if (bad) return setProblem(t('rebates.form.bad'));
    create.mutate({
      code,
      name,
      scope,
      brandId,
      customerId: scope === 'store' ? (store?.id ?? null) : null,
      version: {
        validFrom,
        validTo: validTo.trim() || null,
        periodKind,
        basis: scope === 'store' ? 'sellout' : basis,
        measure,
        kind,
        tierMode: kind === 'tiered' ? tierMode : null,
        unitName,
        brandIds: [brandId],
        ...(scope === 'store' ? { settlement, goodsProductId: settlement === 'goods' ? (goods?.id ?? null) : null } : {}),
        ...numbers,
      },
    });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('rebates.form.title')} size="lg">
      <Stack gap="xs">
        <SimpleGrid cols={3} spacing="xs">
          <TextInput label={t('rebates.form.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} />
          <TextInput label={t('rebates.form.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Select label={t('rebates.form.brand')} searchable data={brands.map((b) => ({ value: b.id, label: b.name }))} value={brandId} onChange={setBrandId} />
          <TextInput label={t('rebates.form.validFrom')} value={validFrom} onChange={(e) => setValidFrom(e.currentTarget.value)} />
          <TextInput label={t('rebates.form.validTo')} value={validTo} onChange={(e) => setValidTo(e.currentTarget.value)} />
          <Select label={t('rebates.form.periodKind')} data={opt(['month', 'quarter', 'year'] as const, (v) => t(`rebates.periodKinds.${v}`))} value={periodKind} onChange={(v) => setPeriodKind(v === 'quarter' || v === 'year' ? v : 'month')} />
          {/* A store policy counts what that store bought from us: always sell-out. */}
          <Select label={t('rebates.form.basis')} data={opt(['purchase', 'sellout'] as const, (v) => t(`rebates.bases.${v}`))} value={scope === 'store' ? 'sellout' : basis} disabled={scope === 'store'} onChange={(v) => setBasis(v === 'sellout' ? 'sellout' : 'purchase')} />
          <Select label={t('rebates.form.measure')} data={opt(['amount', 'quantity'] as const, (v) => t(`rebates.measures.${v}`))} value={measure} onChange={(v) => setMeasure(v === 'quantity' ? 'quantity' : 'amount')} />
          <TextInput label={t('rebates.form.unitName')} value={unitName} onChange={(e) => setUnitName(e.currentTarget.value)} />
          <Select label={t('rebates.form.kind')} data={opt(KINDS, (v) => t(`rebates.kinds.${v}`))} value={kind} onChange={(v) => setKind(KINDS.find((k) => k === v) ?? 'tiered')} />
          {kind === 'tiered' ? (
            <Select label={t('rebates.form.tierMode')} data={opt(['whole', 'marginal'] as const, (v) => t(`rebates.tierModes.${v}`))} value={tierMode} onChange={(v) => setTierMode(v === 'marginal' ? 'marginal' : 'whole')} />
          ) : null}
          {kind === 'target' ? <TextInput label={t('rebates.form.target')} value={target} onChange={(e) => setTarget(e.currentTarget.value)} /> : null}
          {kind === 'prompt_payment' ? <TextInput label={t('rebates.form.paymentDays')} value={paymentDays} onChange={(e) => setPaymentDays(e.currentTarget.value)} /> : null}
          {kind !== 'tiered' ? (
            <TextInput
              label={t(kind === 'fixed' ? 'rebates.form.fixedAmount' : kind === 'prompt_payment' ? 'rebates.form.rate' : kind === 'per_unit' || measure === 'quantity' ? 'rebates.form.perUnit' : 'rebates.form.rate')}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
            />
          ) : null}
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="xs">
          <Select label={t('rebates.form.scope')} data={opt(['brand', 'store'] as const, (v) => t(`rebates.form.scopes.${v}`))} value={scope} onChange={(v) => setScope(v === 'store' ? 'store' : 'brand')} />
          {scope === 'store' ? <CustomerPicker label={t('rebates.form.store')} value={store} onChange={setStore} w="100%" /> : null}
          {scope === 'store' ? (
            <Select label={t('rebates.form.settlement')} data={opt(['credit', 'goods'] as const, (v) => t(`rebates.form.settlements.${v}`))} value={settlement} onChange={(v) => setSettlement(v === 'goods' ? 'goods' : 'credit')} />
          ) : null}
          {scope === 'store' && settlement === 'goods' ? <ProductPicker label={t('rebates.form.goodsProduct')} value={goods} onChange={setGoods} /> : null}
        </SimpleGrid>
        {kind === 'tiered' ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('rebates.form.tiers')}</Text>
            {tiers.map((r, i) => (
              <Group key={i} gap="xs" align="end">
                <TextInput aria-label={`${t('rebates.form.tierFrom')} ${i + 1}`} placeholder={t('rebates.form.tierFrom')} value={r.from} onChange={(e) => { const v = e.currentTarget.value; setTiers((all) => all.map((x, j) => (j === i ? { ...x, from: v } : x))); }} />
                <TextInput aria-label={`${t('rebates.form.tierValue')} ${i + 1}`} placeholder={t('rebates.form.tierValue')} value={r.value} onChange={(e) => { const v = e.currentTarget.value; setTiers((all) => all.map((x, j) => (j === i ? { ...x, value: v } : x))); }} />
                <ActionIcon variant="subtle" color="red" aria-label={t('rebates.form.removeTier')} disabled={tiers.length === 1} onClick={() => setTiers((all) => all.filter((_, j) => j !== i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button variant="subtle" size="xs" w="fit-content" onClick={() => setTiers((all) => [...all, { from: '', value: '' }])}>{t('rebates.form.addTier')}</Button>
          </Stack>
        ) : null}
        {problem ? <Alert color="red" role="alert">{problem}</Alert> : null}
        <Group justify="flex-end">
          <Button disabled={!brandId || !code.trim() || !name.trim()} loading={create.isPending} onClick={submit}>{t('rebates.form.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
