// Counting one driver's day: what is expected (cash receipts − cash refunds − approved expenses), the cash counted by
// denomination plus e-payments, and the variance; 提交 records the handover for approval.
import { Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';
import { formatFen, parseYuan } from '../../../components/money';
import { countedFen, DENOMINATIONS, piecesOf } from './denominations';

export function HandoverCount({ driverId, businessDate }: { driverId: string; businessDate: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pieces, setPieces] = useState<Record<string, string>>({});
  const [epayText, setEpayText] = useState('');
  const [note, setNote] = useState('');
  const expected = useQuery(trpc.handovers.expected.queryOptions({ driverId, businessDate }));
  const submit = useMutation(
    trpc.handovers.submit.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.handovers.pathKey() });
        setPieces({});
        setEpayText('');
      },
    }),
  );
  const epay = parseYuan(epayText);
  const epayments = epay === null || Number.isNaN(epay) ? 0 : epay;
  const counted = countedFen(pieces);
  const exp = expected.data;
  const variance = exp ? counted + epayments - exp.expected : 0;
  const failed = expected.error ?? submit.error;

  return (
    <Stack gap="xs">
      {exp && (
        <SimpleGrid cols={4}>
          <Text size="sm">{t('finance.handover.cashReceipts')} ¥{formatFen(exp.cashReceipts)}</Text>
          <Text size="sm">{t('finance.handover.cashRefunds')} ¥{formatFen(exp.cashRefunds)}</Text>
          <Text size="sm">{t('finance.handover.expenses')} ¥{formatFen(exp.approvedExpenses)}</Text>
          <Text size="sm" fw={700} aria-label="handover-expected">{t('finance.handover.expected')} ¥{formatFen(exp.expected)}</Text>
        </SimpleGrid>
      )}
      <Table withTableBorder w={360} aria-label={t('finance.handover.count')}>
        <Table.Tbody>
          {DENOMINATIONS.map((d) => (
            <Table.Tr key={d}>
              <Table.Td>¥{formatFen(d)}</Table.Td>
              <Table.Td w={140}>
                <NumberInput size="xs" min={0} allowDecimal={false} aria-label={`¥${formatFen(d)}`} value={pieces[String(d)] ?? ''} onChange={(v) => setPieces({ ...pieces, [String(d)]: String(v) })} />
              </Table.Td>
              <Table.Td ta="right">{formatFen(d * (Number.parseInt(pieces[String(d)] ?? '', 10) || 0))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="end">
        <TextInput label={t('finance.handover.epayments')} value={epayText} onChange={(e) => setEpayText(e.currentTarget.value)} w={160} />
        <TextInput label={t('finance.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={220} />
      </Group>
      <Text size="sm">{t('finance.handover.counted')} ¥{formatFen(counted)} + {t('finance.handover.epayments')} ¥{formatFen(epayments)}</Text>
      <Text size="sm" fw={700} c={variance === 0 ? 'green' : 'red'} aria-label="handover-variance">
        {t('finance.handover.variance')} ¥{formatFen(variance)}
      </Text>
      {failed ? <Text size="sm" c="red" role="alert">{errorText(failed, t('common.errors.network'))}</Text> : null}
      <Group>
        <Button loading={submit.isPending} disabled={!exp} onClick={() => submit.mutate({ driverId, businessDate, denominations: piecesOf(pieces), epayments, ...(note.trim() ? { note: note.trim() } : {}) })}>
          {t('finance.handover.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
