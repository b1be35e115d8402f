// Receiving a transfer on arrival with what was actually counted: each line starts at what was shipped; the clerk
// types the count of lines that arrived short or over and sees the variance before confirming. The API records
// the variance report (lost goods leave at cost, extra goods come in at average cost); its totals show here after.
import { Alert, Button, Group, Modal, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function TransferArrival({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const view = useQuery(trpc.stock.document.queryOptions({ id }));
  const [counted, setCounted] = useState<Record<number, number | string>>({});
  const [reportId, setReportId] = useState<string | null>(null);
  const report = useQuery({ ...trpc.stock.varianceReport.queryOptions({ id: reportId ?? '' }), enabled: reportId !== null });
  const receive = useMutation(
    trpc.transfers.receive.mutationOptions({
      onSuccess: (r) => {
        notifications.show({ color: 'green', message: t('transfers.received', { number: r.doc.number }) });
        void queryClient.invalidateQueries({ queryKey: trpc.transfers.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
        if (r.reportId) setReportId(r.reportId);
        else onClose();
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const lines = view.data?.lines ?? [];
  const got = (lineNo: number, shipped: number) => {
    const v = counted[lineNo];
    return v === undefined || v === '' ? shipped : Number(v);
  };
  const changed = lines.filter((l) => got(l.lineNo, l.qtyBase) !== l.qtyBase).map((l) => ({ lineNo: l.lineNo, receivedQty: got(l.lineNo, l.qtyBase) }));
  const r = report.data;

  return (
    <Modal opened onClose={onClose} title={t('transfers.arrival.title', { number: view.data?.doc.number ?? '' })} size="xl" centered>
      <Stack gap="sm">
        <Text size="sm">
          {view.data ? `${view.data.warehouseName} → ${view.data.toWarehouseName ?? ''}` : ''} · {t('transfers.arrival.hint')}
        </Text>
        <Table withTableBorder aria-label={t('transfers.arrival.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transfers.fields.name')}</Table.Th>
              <Table.Th ta="right">{t('transfers.arrival.shipped')}</Table.Th>
              <Table.Th w={150}>{t('transfers.arrival.counted')}</Table.Th>
              <Table.Th ta="right">{t('transfers.arrival.variance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => {
              const diff = got(l.lineNo, l.qtyBase) - l.qtyBase;
              return (
                <Table.Tr key={l.lineNo}>
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td ta="right">{`${l.qtyBase}（${l.qty} ${l.unitName}）`}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${l.name} ${t('transfers.arrival.counted')}`}
                      size="xs"
                      min={0}
                      allowDecimal={false}
                      value={counted[l.lineNo] ?? l.qtyBase}
                      onChange={(v) => setCounted((c) => ({ ...c, [l.lineNo]: v }))}
                      disabled={reportId !== null}
                    />
                  </Table.Td>
                  <Table.Td ta="right" fw={700} c={diff < 0 ? 'red' : diff > 0 ? 'orange' : undefined} data-testid={`variance-${l.lineNo}`}>
                    {signed(diff)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {r ? (
          <Alert color={r.totals.short > 0 ? 'red' : 'orange'} data-testid="transfer-variance">
            {t('transfers.arrival.recorded', { short: r.totals.short, over: r.totals.over, value: formatFen(r.totals.diffValue) })}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          {reportId ? (
            <Button onClick={onClose} data-autofocus>
              {t('transfers.arrival.done')}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                {t('common.actions.cancel')}
              </Button>
              <Button loading={receive.isPending} disabled={lines.length === 0} onClick={() => receive.mutate({ id, lines: changed })}>
                {changed.length > 0 ? t('transfers.arrival.confirmVariance', { count: changed.length }) : t('transfers.receiveAll')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
