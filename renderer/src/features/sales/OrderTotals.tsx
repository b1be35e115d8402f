// The order's money to the fen: goods, discounts (line, promotion and order), the order discount a clerk may type
// while the order is a draft, and what the customer owes.
import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fenToInput, formatFen, parseYuan } from '../../components/money';
import { CellInput } from './CellInput';
import type { SalesOrderView } from './sales-types';

interface Props {
  order: SalesOrderView;
  editable: boolean;
  onOrderDiscount?: (fen: number) => void;
}

export function OrderTotals({ order, editable, onOrderDiscount }: Props) {
  const { t } = useTranslation();
  const lines = order.lines.filter((l) => !l.isGift).length;
  const gifts = order.lines.length - lines;
  return (
    <Paper withBorder p="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('sales.totals.count', { lines, gifts })}
        </Text>
        <Group gap="lg" wrap="nowrap">
          <Text size="sm">{t('sales.totals.gross', { amount: formatFen(order.grossFen) })}</Text>
          <Text size="sm">{t('sales.totals.discount', { amount: formatFen(order.discountFen) })}</Text>
          {editable ? (
            <Group gap={4} wrap="nowrap">
              <Text size="sm">{t('sales.totals.orderDiscount')}</Text>
              <CellInput key={`od:${order.orderDiscountFen}`} label={t('sales.totals.orderDiscount')} value={fenToInput(order.orderDiscountFen)} onCommit={(s) => {
                const fen = parseYuan(s === '' ? '0' : s);
                const ok = fen !== null && !Number.isNaN(fen);
                if (ok) onOrderDiscount?.(fen);
                return ok;
              }} />
            </Group>
          ) : null}
          <Text size="xl" fw={700} data-testid="order-total">
            {t('sales.totals.amount', { amount: formatFen(order.amountFen) })}
          </Text>
        </Group>
      </Group>
    </Paper>
  );
}
