// The lines of a return document on screen: kind and where returned goods go, qty and price typed over (Enter
// moves on), the amount each line adds to or takes off the customer's balance.
import { ActionIcon, Badge, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconTrash } from '../../../components/icons';
import { fenToInput, formatFen, parseYuan } from '../../../components/money';
import { CellInput } from '../CellInput';
import { lineAmountFen, linePriceFen, type ReturnDraftLine } from './return-money';

const KIND_COLORS = { return: 'blue', exchange: 'grape', gift: 'pink' } as const;

interface Props {
  lines: readonly ReturnDraftLine[];
  onQty: (key: string, qty: number) => void;
  onPrice: (key: string, fen: number) => void;
  onRemove: (key: string) => void;
}

export function ReturnLinesTable({ lines, onQty, onPrice, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <ScrollArea style={{ flex: 1 }} type="auto">
      <Table striped aria-label={t('sales.returns.title')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('sales.returns.fields.kind')}</Table.Th>
            <Table.Th>{t('sales.returns.fields.product')}</Table.Th>
            <Table.Th w={70}>{t('sales.returns.fields.condition')}</Table.Th>
            <Table.Th w={60}>{t('sales.returns.fields.unit')}</Table.Th>
            <Table.Th w={90} ta="right">{t('sales.returns.fields.qty')}</Table.Th>
            <Table.Th w={110} ta="right">{t('sales.returns.fields.price')}</Table.Th>
            <Table.Th w={110} ta="right">{t('sales.returns.fields.amount')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={8}>
                <Text c="dimmed" size="sm" ta="center" py="md">
                  {t('sales.returns.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            lines.map((l) => (
              <Table.Tr key={l.key} data-testid="return-line">
                <Table.Td>
                  <Badge size="sm" variant="light" tt="none" color={KIND_COLORS[l.kind]}>
                    {t(`sales.returns.kinds.${l.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{l.name}</Table.Td>
                <Table.Td>{l.kind === 'return' ? t(`sales.returns.conditions.${l.condition}`) : '—'}</Table.Td>
                <Table.Td>{l.unitName}</Table.Td>
                <Table.Td ta="right">
                  <CellInput key={`${l.key}:${l.qty}`} label={t('sales.returns.fields.qty')} value={String(l.qty)} w={70} onCommit={(s) => {
                    const ok = /^\d{1,9}$/.test(s) && Number(s) > 0;
                    if (ok) onQty(l.key, Number(s));
                    return ok;
                  }} />
                </Table.Td>
                <Table.Td ta="right">
                  {l.kind === 'gift' || l.orderLineId ? (
                    // A return against its order is credited at the order's net price; the API refuses another.
                    formatFen(linePriceFen(l))
                  ) : (
                    <CellInput key={`${l.key}:p${linePriceFen(l)}`} label={t('sales.returns.fields.price')} value={fenToInput(linePriceFen(l))} onCommit={(s) => {
                      const fen = parseYuan(s);
                      const ok = fen !== null && !Number.isNaN(fen);
                      if (ok) onPrice(l.key, fen);
                      return ok;
                    }} />
                  )}
                </Table.Td>
                <Table.Td ta="right" fw={500}>
                  {formatFen(l.kind === 'return' ? -lineAmountFen(l) : lineAmountFen(l))}
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={t('sales.returns.remove')} onClick={() => onRemove(l.key)} tabIndex={-1}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
