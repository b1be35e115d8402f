// A code's history: events on the code itself, on the case/box that carried it and on what left from inside it.
// A move shows where from and where to; a reversed receipt's release reads as such, not as a write-off.
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../components/format';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import type { HistoryRow } from './trace-types';

const kindColor = { received: 'green', moved: 'cyan', shipped: 'blue', returned: 'orange', written_off: 'red' } as const;

/** The event a reversed receipt wrote: the code is free to be received again. */
const released = (e: HistoryRow) => e.kind === 'written_off' && e.docType === 'reversal';

export function CodeEvents({ events }: { events: readonly HistoryRow[] }) {
  const { t } = useTranslation();
  const columns: Column<HistoryRow>[] = [
    { key: 'at', header: t('trace.fields.at'), width: '160px', render: (e) => formatInstant(e.at) },
    {
      key: 'kind',
      header: t('trace.fields.kind'),
      width: '120px',
      render: (e) => (
        <Badge size="sm" variant="light" color={released(e) ? 'gray' : kindColor[e.kind]}>
          {released(e) ? t('trace.released') : t(`trace.kinds.${e.kind}`)}
        </Badge>
      ),
    },
    { key: 'code', header: t('trace.code'), width: 'minmax(160px, 1fr)', render: (e) => <Text ff="monospace" size="sm">{e.code}</Text> },
    { key: 'relation', header: t('trace.fields.relation'), width: '90px', render: (e) => t(`trace.relations.${e.relation}`) },
    {
      key: 'warehouse',
      header: t('trace.fields.warehouse'),
      width: '180px',
      render: (e) => (e.fromWarehouseName ? `${e.fromWarehouseName} → ${e.warehouseName ?? ''}` : (e.warehouseName ?? '')),
    },
    { key: 'customer', header: t('trace.fields.customer'), width: '140px', render: (e) => e.customerName ?? '' },
    { key: 'user', header: t('trace.fields.user'), width: '100px', render: (e) => e.userName ?? '' },
    { key: 'note', header: t('trace.fields.note'), width: 'minmax(100px, 1fr)', render: (e) => e.note ?? '' },
  ];
  return (
    <Stack gap={4} style={{ flex: 1, minHeight: 160 }}>
      <Text size="sm" fw={600}>
        {t('trace.history')}
      </Text>
      <VirtualTable {...arrayRows(events)} columns={columns} rowKey={(e) => e.id} label={t('trace.history')} emptyText={t('trace.noHistory')} />
    </Stack>
  );
}
