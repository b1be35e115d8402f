// 交款对账: pick a day and a driver, count what they hand over against what is expected, then approve the day's
// handovers and preview the slip.
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';
import { downloadFile } from '../../../components/download';
import { formatFen } from '../../../components/money';
import { arrayRows, VirtualTable, type Column } from '../../../components/VirtualTable';
import type { ApiOutputs } from '../../../api/types';
import { todayDate } from '../finance-types';
import { HandoverCount } from './HandoverCount';

type HandoverRow = ApiOutputs['handovers']['list'][number];

export function HandoverPanel() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(todayDate());
  const [driverId, setDriverId] = useState<string | null>(null);
  const [slipId, setSlipId] = useState<string | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const drivers = useQuery(trpc.employees.list.queryOptions({ active: true }));
  const list = useQuery({ ...trpc.handovers.list.queryOptions({ from: date, to: date }), enabled: valid });
  const slip = useQuery({ ...trpc.handovers.slip.queryOptions({ id: slipId ?? '' }), enabled: !!slipId });
  const approve = useMutation(trpc.handovers.approve.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.handovers.pathKey() }) }));
  const slipPdf = useMutation(trpc.handovers.slipPdf.mutationOptions({ onSuccess: downloadFile }));
  const slipXlsx = useMutation(trpc.handovers.slipXlsx.mutationOptions({ onSuccess: downloadFile }));
  const printSlip = useMutation(trpc.handovers.printSlip.mutationOptions());
  const slipError = slipPdf.error ?? slipXlsx.error ?? printSlip.error;
  const rows = list.data ?? [];
  const submitted = rows.find((h) => h.driverId === driverId);
  const columns: Column<HandoverRow>[] = [
    { key: 'docNo', header: t('finance.fields.docNo'), width: '170px', render: (h) => h.docNo },
    { key: 'driver', header: t('finance.handover.driver'), width: 'minmax(100px, 1fr)', render: (h) => h.driverName },
    { key: 'expected', header: t('finance.handover.expected'), width: '110px', align: 'right', render: (h) => formatFen(h.expected) },
    { key: 'counted', header: t('finance.handover.counted'), width: '110px', align: 'right', render: (h) => formatFen(h.counted + h.epayments) },
    { key: 'variance', header: t('finance.handover.variance'), width: '100px', align: 'right', render: (h) => <Text size="sm" c={h.variance === 0 ? undefined : 'red'}>{formatFen(h.variance)}</Text> },
    {
      key: 'actions',
      header: '',
      width: '190px',
      render: (h) => (
        <Group gap={4} wrap="nowrap">
          {h.approved ? <Text size="sm" c="green">{t('finance.handover.approved')}</Text> : <Button size="compact-xs" onClick={() => approve.mutate({ handoverId: h.id })}>{t('finance.handover.approve')}</Button>}
          <Button size="compact-xs" variant="default" onClick={() => setSlipId(h.id)}>{t('finance.handover.slip')}</Button>
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="sm" h="100%">
      <Group align="end">
        <TextInput label={t('finance.fields.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={140} error={!valid} />
        <Select label={t('finance.handover.driver')} w={200} searchable value={driverId} onChange={setDriverId} data={(drivers.data ?? []).map((e) => ({ value: e.id, label: e.name }))} />
      </Group>
      {/* One handover per driver and day: once submitted the count closes (a second submit would be refused). */}
      {driverId && valid && submitted ? <Text size="sm" c="green" role="status">{t('finance.handover.submitted', { driver: submitted.driverName, docNo: submitted.docNo })}</Text> : null}
      {driverId && valid && list.isSuccess && !submitted ? <HandoverCount key={`${driverId}-${date}`} driverId={driverId} businessDate={date} /> : null}
      <VirtualTable {...arrayRows(rows)} columns={columns} rowKey={(h) => h.id} onOpen={(h) => setSlipId(h.id)} label={t('finance.handover.list')} emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')} />
      {slipId && (
        <Modal opened onClose={() => setSlipId(null)} title={t('finance.handover.slip')} size="lg">
          <Group gap="xs" mb="xs">
            <Button size="xs" loading={printSlip.isPending} onClick={() => printSlip.mutate({ id: slipId, printerId: null })}>{t('finance.handover.printSlip')}</Button>
            <Button size="xs" variant="default" loading={slipPdf.isPending} onClick={() => slipPdf.mutate({ id: slipId })}>{t('finance.handover.slipPdf')}</Button>
            <Button size="xs" variant="default" loading={slipXlsx.isPending} onClick={() => slipXlsx.mutate({ id: slipId })}>{t('finance.handover.slipXlsx')}</Button>
            {printSlip.isSuccess ? <Text size="sm" c="green">{t('finance.handover.printed')}</Text> : null}
          </Group>
          {slipError ? <Text size="sm" c="red" role="alert">{errorText(slipError, t('common.errors.network'))}</Text> : null}
          {slip.data ? <iframe title={t('finance.handover.slip')} srcDoc={slip.data.html} style={{ width: '100%', height: 480, border: 0 }} /> : <Text size="sm">{t('common.table.loading')}</Text>}
        </Modal>
      )}
    </Stack>
  );
}
