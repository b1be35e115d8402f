// 返利抵扣 and the next-tier forecast on one purchase order: what the brand's cap and the rebate balance allow, a
// deduction typed in yuan, and what this order's goods do to each running purchase policy of the brand.
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { formatFen, parseYuan } from '../../components/money';
import { nextTierText } from '../dashboard/forecast-text';

type OrderForecast = ApiOutputs['rebates']['orderForecast'][number];

/** The next tier as it will stand once this order's goods are in (the forecast's `next` is before the order). */
function afterOrder(f: OrderForecast): OrderForecast | null {
  if (!f.next || f.after.tierNo >= f.next.tierNo) return null;
  const moved = f.measure === 'amount' ? f.after.basisAmount - f.basisAmount : f.after.basisQty - f.basisQty;
  return { ...f, next: { ...f.next, gap: f.next.gap - moved } };
}

interface Props {
  poId: string;
  open: boolean;
  owner: boolean;
}

export function PoRebatePanel({ poId, open, owner }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const room = useQuery(trpc.rebates.deductionRoom.queryOptions({ poId }));
  const forecast = useQuery(trpc.rebates.orderForecast.queryOptions({ poId }));
  const deduct = useMutation(
    trpc.rebates.deduct.mutationOptions({
      onSuccess: (d) => {
        setText('');
        setProblem(null);
        notifications.show({ color: 'green', message: t('purchasing.rebate.deducted', { amount: formatFen(d.amount) }) });
        void queryClient.invalidateQueries({ queryKey: trpc.rebates.pathKey() });
      },
      onError: (e) => setProblem(errorText(e, t('common.errors.network'))),
    }),
  );
  const r = room.data;
  const amount = parseYuan(text);
  return (
    <Stack gap="xs" aria-label={t('purchasing.rebate.title')} component="section">
      <Title order={5}>{t('purchasing.rebate.title')}</Title>
      {r ? (
        <Text size="sm">
          {t('purchasing.rebate.room', {
            pct: r.capBp / 100,
            eligible: formatFen(r.eligible),
            cap: formatFen(r.cap),
            used: formatFen(r.used),
            available: formatFen(r.available),
            room: formatFen(r.room),
            payable: formatFen(r.payable),
          })}
        </Text>
      ) : null}
      {owner && open && r && r.room > 0 ? (
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('purchasing.rebate.amount')}
            placeholder={formatFen(r.room)}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={amount !== null && Number.isNaN(amount)}
            w={180}
          />
          <Button disabled={amount === null || Number.isNaN(amount) || amount <= 0} loading={deduct.isPending} onClick={() => amount && deduct.mutate({ poId, amount })}>
            {t('purchasing.rebate.deduct')}
          </Button>
        </Group>
      ) : null}
      {problem ? <Alert color="red">{problem}</Alert> : null}
      {(forecast.data ?? []).map((f) => (
        <Text size="sm" key={f.policyId}>
          {t('purchasing.rebate.forecast', { name: f.name, from: f.tierNo, to: f.after.tierNo, gain: formatFen(f.after.gain) })}
          {afterOrder(f) ? ` ${nextTierText(t, afterOrder(f) ?? f)}` : ''}
        </Text>
      ))}
    </Stack>
  );
}
