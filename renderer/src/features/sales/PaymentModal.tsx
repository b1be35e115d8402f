// Taking the money at the counter or the van: cash, WeChat Pay or Alipay (keys 1/2/3), the amount due filled in;
// Enter delivers and takes the payment in one step.
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToInput, formatFen, parseYuan } from '../../components/money';
import type { SalesPaymentMethod } from './sales-types';

const METHODS: readonly SalesPaymentMethod[] = ['cash', 'wechat', 'alipay'];

interface Props {
  dueFen: number;
  pending: boolean;
  onPay: (method: SalesPaymentMethod, amountFen: number) => void;
  onClose: () => void;
}

export function PaymentModal({ dueFen, pending, onPay, onClose }: Props) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<SalesPaymentMethod>('cash');
  const [text, setText] = useState(fenToInput(dueFen));
  const fen = parseYuan(text);
  const valid = fen !== null && !Number.isNaN(fen);
  const change = valid && method === 'cash' && fen > dueFen ? fen - dueFen : 0;
  return (
    <Modal opened onClose={onClose} title={t('sales.payment.title')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Cash handed over beyond the amount due is change, not a payment.
          if (valid) onPay(method, Math.min(fen, dueFen));
        }}
        onKeyDown={(e) => {
          const i = ['Digit1', 'Digit2', 'Digit3'].indexOf(e.code);
          const m = METHODS[i];
          if (e.altKey && m) {
            e.preventDefault();
            setMethod(m);
          }
        }}
      >
        <Stack gap="sm">
          <Text size="lg" fw={600} data-testid="payment-due">
            {t('sales.payment.due', { amount: formatFen(dueFen) })}
          </Text>
          <SegmentedControl value={method} onChange={(v) => setMethod(METHODS.find((m) => m === v) ?? 'cash')} data={METHODS.map((m, i) => ({ value: m, label: `${t(`sales.payment.methods.${m}`)} (Alt+${i + 1})` }))} />
          <TextInput label={t('sales.payment.received')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={!valid} data-autofocus onFocus={(e) => e.currentTarget.select()} />
          {change > 0 ? <Text data-testid="payment-change">{t('sales.payment.change', { amount: formatFen(change) })}</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" color="green" loading={pending} disabled={!valid}>
              {t('sales.payment.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
