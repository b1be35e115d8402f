// Writing a purchase order: brand and receiving warehouse, lines by scanner (a case barcode adds a case) or by
// search, prices starting at the last ordered; saved as a draft or submitted to the brand at once.
import { ActionIcon, Alert, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { IconTrash } from '../../components/icons';
import { ScreenFrame } from '../../components/ScreenFrame';
import { fenToInput, formatFen, parseYuan } from '../../components/money';
import { useScan } from '../../scanner/useScan';
import { ProductPicker, type PickedProduct } from '../receiving/ProductPicker';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import { addUnit, lineAmount, linesReady, poTotal, type PoLine } from './po-lines';

interface Props {
  onDone: (poId: string) => void;
  onCancel: () => void;
}

type ProductInfo = Pick<PickedProduct, 'id' | 'sku' | 'name' | 'brandId' | 'units'>;

export function PoEditor({ onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const brands = useQuery(trpc.brands.list.queryOptions());
  const [brandId, setBrandId] = useState<string | null>(null);
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [expectedOn, setExpectedOn] = useState('');
  const [lines, setLines] = useState<PoLine[]>([]);
  const [priceText, setPriceText] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [picked, setPicked] = useState<PickedProduct | null>(null);
  const fail = (e: unknown) => setProblem(errorText(e, t('common.errors.network')));

  const add = async (p: ProductInfo, unitId: string) => {
    if (brandId !== null && p.brandId !== null && p.brandId !== brandId) {
      setProblem(t('purchasing.otherBrand', { name: p.name }));
      return;
    }
    if (brandId === null && p.brandId !== null) setBrandId(p.brandId);
    const last = await client.purchaseOrders.lastPrices.query({ id: p.id });
    const price = last.find((l) => l.unitId === unitId)?.price ?? null;
    setProblem(null);
    setLines((prev) => addUnit(prev, { productId: p.id, sku: p.sku, name: p.name, units: p.units, unitId, price }));
  };

  useScan(({ text }) => {
    void client.scan.resolve
      .query({ raw: text.trim() })
      .then(async (r) => {
        if (r.kind !== 'product') return setProblem(t('purchasing.notProduct', { code: text.trim() }));
        await add(await client.products.get.query({ id: r.product.id }), r.unit.id);
      })
      .catch(fail);
  });

  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      if (!brandId || !warehouseId) throw new Error(t('purchasing.needBrandWarehouse'));
      const po = await client.purchaseOrders.create.mutate({
        brandId,
        warehouseId,
        expectedOn: expectedOn || null,
        lines: lines.map((l) => ({ productId: l.productId, unitId: l.unitId, qty: l.qty, price: l.price ?? 0 })),
      });
      if (submit) await client.purchaseOrders.submit.mutate({ id: po.id });
      return po;
    },
    onSuccess: (po, submit) => {
      notifications.show({ color: 'green', message: t(submit ? 'purchasing.submitted' : 'purchasing.saved', { number: po.number }) });
      void queryClient.invalidateQueries({ queryKey: trpc.purchaseOrders.pathKey() });
      onDone(po.id);
    },
    onError: fail,
  });

  const setLine = (i: number, patch: Partial<PoLine>) => setLines((prev) => prev.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const ready = brandId !== null && warehouseId !== null && linesReady(lines);
  return (
    <ScreenFrame
      title={t('purchasing.new')}
      actions={
        <>
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button variant="light" disabled={!ready} loading={save.isPending} onClick={() => save.mutate(false)}>
            {t('purchasing.saveDraft')}
          </Button>
          <Button disabled={!ready} loading={save.isPending} onClick={() => save.mutate(true)}>
            {t('purchasing.saveSubmit')}
          </Button>
        </>
      }
      toolbar={
        <Group align="flex-end" gap="sm">
          <Select
            label={t('purchasing.fields.brand')}
            w={200}
            searchable
            value={brandId}
            onChange={setBrandId}
            data={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
          <WarehouseSelect label={t('purchasing.fields.warehouse')} kind="main" value={warehouseId} onChange={setWarehouseId} />
          <TextInput type="date" label={t('purchasing.fields.expectedOn')} value={expectedOn} onChange={(e) => setExpectedOn(e.currentTarget.value)} />
          <div style={{ width: 320 }}>
            <ProductPicker
              label={t('purchasing.addProduct')}
              value={picked}
              onChange={(p) => {
                setPicked(null);
                if (p) void add(p, p.units[p.units.length - 1]?.id ?? '').catch(fail);
              }}
            />
          </div>
        </Group>
      }
    >
      <Stack gap="sm" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {problem ? <Alert color="red">{problem}</Alert> : <Alert color="blue">{t('purchasing.scanHint')}</Alert>}
        <Table withTableBorder aria-label={t('purchasing.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.fields.product')}</Table.Th>
              <Table.Th w={110}>{t('purchasing.fields.unit')}</Table.Th>
              <Table.Th w={120}>{t('purchasing.fields.qty')}</Table.Th>
              <Table.Th w={140}>{t('purchasing.fields.price')}</Table.Th>
              <Table.Th w={140} ta="right">
                {t('purchasing.fields.amount')}
              </Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l, i) => {
              const key = `${l.productId}:${l.unitId}`;
              return (
                <Table.Tr key={key}>
                  <Table.Td>
                    {l.sku} {l.name}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`${l.name} ${t('purchasing.fields.unit')}`}
                      allowDeselect={false}
                      value={l.unitId}
                      onChange={(v) => v && setLine(i, { unitId: v })}
                      data={l.units.map((u) => ({ value: u.id, label: `${u.name} ×${u.factor}` }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={`${l.name} ${t('purchasing.fields.qty')}`}
                      min={1}
                      allowDecimal={false}
                      value={l.qty}
                      onChange={(v) => setLine(i, { qty: Number(v) || 0 })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`${l.name} ${t('purchasing.fields.price')}`}
                      value={priceText[key] ?? fenToInput(l.price)}
                      error={l.price !== null && Number.isNaN(l.price)}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        setPriceText((p) => ({ ...p, [key]: text }));
                        setLine(i, { price: parseYuan(text) });
                      }}
                    />
                  </Table.Td>
                  <Table.Td ta="right">{l.price !== null && !Number.isNaN(l.price) ? formatFen(lineAmount(l)) : ''}</Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('common.actions.remove')} onClick={() => setLines((prev) => prev.filter((_, j) => j !== i))}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Text fw={600}>
            {t('purchasing.fields.total')}：¥{formatFen(poTotal(lines.filter((l) => l.price !== null && !Number.isNaN(l.price))))}
          </Text>
        </Group>
      </Stack>
    </ScreenFrame>
  );
}
