// 窜货预警: the diversion log, newest first, filtered by direction; Enter on a row looks its code up.
import { Badge, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { formatInstant } from '../../components/format';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import type { AlertRow } from './trace-types';

type Direction = 'all' | 'in' | 'out';

export function DiversionAlerts({ onOpenCode }: { onOpenCode: (code: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [direction, setDirection] = useState<Direction>('all');
  const list = useQuery(trpc.trace.alerts.queryOptions({ limit: 500, offset: 0, ...(direction === 'all' ? {} : { direction }) }));
  const rows = list.data ?? [];

  const columns: Column<AlertRow>[] = [
    { key: 'at', header: t('trace.fields.at'), width: '160px', render: (a) => formatInstant(a.at) },
    {
      key: 'direction',
      header: t('trace.fields.direction'),
      width: '110px',
      render: (a) => (
        <Badge size="sm" color={a.direction === 'in' ? 'orange' : 'red'}>
          {t(`trace.alertsFilter.${a.direction}`)}
        </Badge>
      ),
    },
    { key: 'reason', header: t('trace.fields.reason'), width: '150px', render: (a) => t(`trace.reasons.${a.reason}`) },
    { key: 'code', header: t('trace.code'), width: 'minmax(160px, 1fr)', render: (a) => <Text ff="monospace" size="sm">{a.code}</Text> },
    { key: 'product', header: t('trace.fields.product'), width: 'minmax(140px, 1fr)', render: (a) => a.productName ?? '' },
    { key: 'registeredTo', header: t('trace.fields.registeredTo'), width: '110px', render: (a) => a.registeredTo ?? '' },
    { key: 'customer', header: t('trace.fields.customer'), width: '140px', render: (a) => a.customerName ?? '' },
    { key: 'actual', header: t('trace.fields.actual'), width: '120px', render: (a) => a.actual ?? '' },
  ];

  return (
    <Stack gap="sm" h="100%">
      <SegmentedControl
        w={300}
        value={direction}
        onChange={(v) => setDirection(v === 'in' || v === 'out' ? v : 'all')}
        data={(['all', 'in', 'out'] as const).map((d) => ({ value: d, label: t(`trace.alertsFilter.${d}`) }))}
      />
      <VirtualTable
        {...arrayRows(rows)}
        columns={columns}
        rowKey={(a) => a.id}
        onOpen={(a) => onOpenCode(a.code)}
        label={t('trace.alertsTitle')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="xs" c="dimmed">
        {t('trace.alertsCount', { total: rows.length })}
      </Text>
    </Stack>
  );
}
