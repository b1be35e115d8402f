// 销退换赠: one document for what a customer gives back (to stock or damaged), the goods exchanged out and the
// gifts, optionally against the original order (scan its QR or type SO-…; its lines and net prices are used).
// Scans add lines as the chosen kind (F5 退货, F6 换货, F7 赠品; F8 回库/破损); the difference to the customer's
// balance is shown as the lines change; Ctrl+Enter posts. Posted documents are reversed, never edited.
import { Alert, Button, Group, Kbd, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { formatFen } from '../../../components/money';
import { ProductPicker } from '../../receiving/ProductPicker';
import { WarehouseSelect } from '../../stock/WarehouseSelect';
import { CustomerPicker, type PickedCustomer } from '../CustomerPicker';
import { RecentReturns } from './RecentReturns';
import { ReturnLinesTable } from './ReturnLinesTable';
import { returnTotals, type ReturnCondition, type ReturnLineKind } from './return-money';
import { useReturnLines } from './useReturnLines';

const KINDS: readonly ReturnLineKind[] = ['return', 'exchange', 'gift'];
const CONDITIONS: readonly ReturnCondition[] = ['saleable', 'damaged'];

export function ReturnsPanel() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [order, setOrder] = useState<{ id: string; number: string } | null>(null);
  const [orderText, setOrderText] = useState('');
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState<ReturnLineKind>('return');
  const [condition, setCondition] = useState<ReturnCondition>('saleable');

  const pickOrder = (number: string) => {
    void client.salesOrders.byNumber
      .query({ number: number.trim().toUpperCase() })
      .then((o) => {
        setOrder({ id: o.id, number: o.number });
        setOrderText(o.number);
        setCustomer({ id: o.customerId, code: o.customerCode, name: o.customerName });
        if (!warehouseId) setWarehouseId(o.warehouseId);
      })
      .catch((e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }));
  };
  const lines = useReturnLines({ customerId: customer?.id ?? null, orderId: order?.id ?? null, kind, condition, enabled: true, onOrderNumber: pickOrder });
  const totals = returnTotals(lines.lines);

  const post = useMutation(
    trpc.salesReturns.create.mutationOptions({
      onSuccess: (r) => {
        notifications.show({ color: 'green', message: t('sales.returns.posted', { number: r.number }) });
        void queryClient.invalidateQueries({ queryKey: trpc.salesReturns.pathKey() });
        lines.clear();
        setOrder(null);
        setOrderText('');
        setReason('');
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const ready = customer !== null && warehouseId !== null && lines.lines.length > 0;
  const doPost = () => {
    if (!ready || post.isPending) return;
    post.mutate({
      customerId: customer.id,
      warehouseId,
      orderId: order?.id ?? null,
      reason,
      post: true,
      lines: lines.lines.map((l) => ({
        kind: l.kind,
        ...(l.kind === 'return' ? { condition: l.condition } : {}),
        ...(l.orderLineId ? { orderLineId: l.orderLineId } : {}),
        productId: l.productId,
        unitId: l.unitId,
        qty: l.qty,
        ...(l.typedPriceFen !== null && l.kind !== 'gift' ? { priceFen: l.typedPriceFen } : {}),
      })),
    });
  };
  const hot = { preventDefault: true, usePhysicalKeys: true };
  useHotkeys(
    [
      ['F5', () => setKind('return'), hot],
      ['F6', () => setKind('exchange'), hot],
      ['F7', () => setKind('gift'), hot],
      ['F8', () => setCondition((c) => (c === 'saleable' ? 'damaged' : 'saleable')), hot],
      ['mod+Enter', doPost, hot],
    ],
    [],
  );

  const diff = totals.diffFen;
  return (
    <Stack gap="sm" h="100%">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <CustomerPicker value={customer} onChange={setCustomer} label={t('sales.returns.customer')} w={280} />
        <WarehouseSelect label={t('sales.returns.warehouse')} value={warehouseId} onChange={setWarehouseId} kind="main" w={200} />
        <TextInput
          label={t('sales.returns.order')}
          placeholder={t('sales.returns.orderHint')}
          value={orderText}
          onChange={(e) => {
            // A scan while this box has focus may pass through it, so only emptying the box drops the order;
            // another number takes effect with Enter.
            setOrderText(e.currentTarget.value);
            if (e.currentTarget.value.trim() === '') setOrder(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && orderText.trim()) {
              e.preventDefault();
              pickOrder(orderText);
            }
          }}
          w={200}
        />
        <TextInput label={t('sales.returns.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={200} w={200} />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('sales.returns.mode')}
          </Text>
          <SegmentedControl value={kind} onChange={(v) => setKind(KINDS.find((k) => k === v) ?? 'return')} data={KINDS.map((k, i) => ({ value: k, label: `${t(`sales.returns.kinds.${k}`)} F${i + 5}` }))} />
        </Stack>
        <SegmentedControl
          value={condition}
          disabled={kind !== 'return'}
          onChange={(v) => setCondition(CONDITIONS.find((c) => c === v) ?? 'saleable')}
          data={CONDITIONS.map((c) => ({ value: c, label: t(`sales.returns.conditions.${c}`) }))}
          aria-label={t('sales.returns.fields.condition')}
        />
        <ProductPicker
          label={t('sales.entry.addProduct')}
          value={null}
          onChange={(p) => {
            if (p) lines.add({ productId: p.id, name: p.name, unitId: null, unitName: p.baseUnit, factor: 1 });
          }}
        />
      </Group>
      <Alert color={lines.message ? (lines.message.ok ? 'green' : 'red') : 'blue'} py={6} data-testid="return-scan">
        {lines.message?.text ?? t('sales.returns.hint')}
      </Alert>
      <ReturnLinesTable lines={lines.lines} onQty={lines.setQty} onPrice={lines.setPrice} onRemove={lines.remove} />
      <Group justify="space-between" wrap="nowrap">
        <Group gap="lg" wrap="nowrap" data-testid="return-totals">
          <Text size="sm">{t('sales.returns.returned', { amount: formatFen(totals.returnFen) })}</Text>
          <Text size="sm">{t('sales.returns.exchanged', { amount: formatFen(totals.outFen) })}</Text>
          <Text fw={700}>
            {t('sales.returns.difference', { amount: formatFen(Math.abs(diff)), direction: diff >= 0 ? t('sales.returns.fromCustomer') : t('sales.returns.toCustomer') })}
          </Text>
        </Group>
        <Button color="green" onClick={doPost} disabled={!ready} loading={post.isPending} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
          {t('sales.returns.post')}
        </Button>
      </Group>
      <RecentReturns />
    </Stack>
  );
}
