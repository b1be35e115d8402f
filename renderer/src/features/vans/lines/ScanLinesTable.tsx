// The lines being entered: product, unit (with its factor), the quantity typed over, what it makes in base units.
import { ActionIcon, Alert, Table, Text } from '@mantine/core';
import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconTrash } from '../../../components/icons';
import type { ScanLines } from './useScanLines';

export function ScanLinesTable({ scan, label }: { scan: ScanLines; label: string }) {
  const { t } = useTranslation();
  const { lines } = scan;
  const base = lines.reduce((a, l) => a + l.qty * l.factor, 0);
  return (
    <>
      {scan.message ? (
        <Alert color={scan.message.ok ? 'green' : 'red'} data-testid="last-scan">
          {scan.message.text}
        </Alert>
      ) : null}
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scanLines.empty')}
        </Text>
      ) : (
        <Table withTableBorder aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scanLines.fields.name')}</Table.Th>
              <Table.Th>{t('scanLines.fields.unit')}</Table.Th>
              <Table.Th w={160}>{t('scanLines.fields.qty')}</Table.Th>
              <Table.Th ta="right">{t('scanLines.fields.base')}</Table.Th>
              <Table.Th w={50} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => (
              <Table.Tr key={l.unitId}>
                <Table.Td>{l.name}</Table.Td>
                <Table.Td>{l.factor > 1 ? `${l.unitName}（${l.factor}${l.baseUnit}）` : l.unitName}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('scanLines.qtyOf', { name: `${l.name} ${l.unitName}` })}
                    size="xs"
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    value={l.qty}
                    onChange={(v) => scan.setQty(l.unitId, typeof v === 'number' ? v : Number(v) || 0)}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  {l.qty * l.factor}
                  {l.baseUnit}
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={`${t('scanLines.remove')} ${l.name}`} onClick={() => scan.remove(l.unitId)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {lines.length > 0 ? (
        <Text size="sm" fw={500}>
          {t('scanLines.total', { count: lines.length, base })}
        </Text>
      ) : null}
    </>
  );
}
