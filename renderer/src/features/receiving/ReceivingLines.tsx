// Expected against scanned, per product and batch: short lines red, over and unexpected ones orange. Enter or a
// double click opens a line for correction (count, damaged).
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import type { ReceivingLine } from './receiving-types';

const statusColor = { ok: 'green', short: 'red', over: 'orange', unexpected: 'orange' } as const;

/** "48 瓶 (2 箱)" when the notice was written in cases. */
function amount(qty: number, l: ReceivingLine): string {
  const inUnits = l.factor && l.factor > 1 && l.unitName && qty % l.factor === 0 ? ` (${qty / l.factor} ${l.unitName})` : '';
  return `${qty} ${l.baseUnit}${inUnits}`;
}

export function ReceivingLines({ lines, label, onOpen }: { lines: readonly ReceivingLine[]; label: string; onOpen?: (l: ReceivingLine) => void }) {
  const { t } = useTranslation();
  const columns: Column<ReceivingLine>[] = [
    { key: 'sku', header: t('receiving.fields.sku'), width: '120px', render: (l) => l.sku },
    { key: 'name', header: t('receiving.fields.name'), width: 'minmax(160px, 2fr)', render: (l) => l.name },
    { key: 'batch', header: t('receiving.fields.batch'), width: '110px', render: (l) => l.batchNo },
    { key: 'expiresOn', header: t('receiving.fields.expiresOn'), width: '110px', render: (l) => l.expiresOn ?? '' },
    { key: 'expected', header: t('receiving.fields.expected'), width: '130px', align: 'right', render: (l) => (l.expected === null ? '—' : amount(l.expected, l)) },
    { key: 'scanned', header: t('receiving.fields.scanned'), width: '130px', align: 'right', render: (l) => <Text fw={700} size="sm">{amount(l.scanned, l)}</Text> },
    { key: 'damaged', header: t('receiving.fields.damaged'), width: '80px', align: 'right', render: (l) => (l.damaged ? l.damaged : '') },
    {
      key: 'diff',
      header: t('receiving.fields.diff'),
      width: '80px',
      align: 'right',
      render: (l) => {
        const diff = l.scanned - l.damaged - (l.expected ?? 0);
        return diff === 0 ? '0' : <Text size="sm" fw={700} c={diff < 0 ? 'red' : 'orange'}>{diff > 0 ? `+${diff}` : diff}</Text>;
      },
    },
    {
      key: 'status',
      header: t('receiving.fields.status'),
      width: '90px',
      render: (l) => (
        <Badge size="sm" color={statusColor[l.status]} variant={l.status === 'ok' ? 'light' : 'filled'}>
          {t(`receiving.statuses.${l.status}`)}
        </Badge>
      ),
    },
  ];
  return <VirtualTable {...arrayRows(lines)} columns={columns} rowKey={(l) => `${l.productId}/${l.batchNo}`} onOpen={onOpen} label={label} emptyText={t('receiving.scanHint')} />;
}
