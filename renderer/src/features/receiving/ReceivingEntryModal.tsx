// Correcting a receipt by hand. From a line (Enter or double click): take back or add to its count, and set how
// many of it arrived damaged (破损: they stay out of stock and go on the discrepancy report). Without a line (F2):
// key in goods whose label will not scan — product by name/SKU/pinyin, unit, quantity, batch.
import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { ProductPicker, type PickedProduct } from './ProductPicker';
import type { ReceivingLine, ReceivingState } from './receiving-types';

interface Props {
  sessionId: string;
  /** The line being corrected; null to key in goods. */
  line: ReceivingLine | null;
  onClose: () => void;
}

export function ReceivingEntryModal({ sessionId, line, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [product, setProduct] = useState<PickedProduct | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [qty, setQty] = useState<number | string>('');
  const [batchNo, setBatchNo] = useState('');
  const [damaged, setDamaged] = useState<number | string>(line?.damaged ?? 0);
  const [busy, setBusy] = useState(false);
  const change = Number(qty) || 0;
  const damagedNow = Number(damaged) || 0;
  const ready = line ? change !== 0 || damagedNow !== line.damaged : product !== null && change !== 0;

  const save = async () => {
    if (!ready || busy) return;
    setBusy(true);
    try {
      let state: ReceivingState | null = null;
      if (line) {
        if (change !== 0) state = await client.receiving.count.mutate({ sessionId, productId: line.productId, qty: change, batchNo: line.batchNo });
        if (damagedNow !== line.damaged) state = await client.receiving.damaged.mutate({ sessionId, productId: line.productId, batchNo: line.batchNo, damaged: damagedNow });
      } else if (product) {
        state = await client.receiving.count.mutate({ sessionId, productId: product.id, unitId, qty: change, ...(batchNo.trim() ? { batchNo: batchNo.trim() } : {}) });
      }
      if (state) queryClient.setQueryData(trpc.receiving.state.queryKey({ sessionId }), state);
      onClose();
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={line ? t('receiving.manual.lineTitle') : t('receiving.manual.title')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {line ? (
            <Text size="sm" fw={500}>
              {line.sku} {line.name} {line.batchNo ? `· ${t('receiving.fields.batch')} ${line.batchNo}` : ''} · {t('receiving.fields.scanned')} {line.scanned} {line.baseUnit}
            </Text>
          ) : (
            <>
              <ProductPicker
                label={t('receiving.manual.product')}
                value={product}
                onChange={(p) => {
                  setProduct(p);
                  setUnitId(p?.units[0]?.id ?? null);
                }}
                autoFocus
              />
              <Select
                label={t('receiving.manual.unit')}
                data={(product?.units ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.factor}）` }))}
                value={unitId}
                onChange={setUnitId}
                disabled={!product}
              />
              <TextInput label={t('receiving.manual.batch')} description={t('receiving.manual.batchHint')} value={batchNo} onChange={(e) => setBatchNo(e.currentTarget.value)} />
            </>
          )}
          <NumberInput
            label={line ? t('receiving.manual.change', { unit: line.baseUnit }) : t('receiving.manual.qty')}
            description={t('receiving.manual.changeHint')}
            value={qty}
            onChange={setQty}
            allowDecimal={false}
            data-autofocus={line ? true : undefined}
          />
          {line ? (
            <NumberInput
              label={t('receiving.manual.damaged', { unit: line.baseUnit })}
              description={t('receiving.manual.damagedHint')}
              value={damaged}
              onChange={setDamaged}
              min={0}
              max={line.scanned + change}
              allowDecimal={false}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={busy}>
              {t('receiving.manual.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
