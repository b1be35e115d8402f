// The lines of an order. While the order is a draft every cell a clerk changes is an input (unit, qty, price,
// discount, gift) in Tab/Enter order; the customer's list price and the last price to this customer sit under the
// price. Promotion gifts and discounts show the promotion's name. Confirmed orders show the same table read-only,
// with what has been delivered.
import { ActionIcon, Badge, Checkbox, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { IconTrash } from '../../components/icons';
import { fenToInput, formatFen, parseYuan } from '../../components/money';
import { CellInput } from './CellInput';
import { UnitCell } from './UnitCell';
import type { LinePatch } from './useOrderEditor';
import { qtyText, type LastPrice, type SalesOrderLineView, type SalesOrderView } from './sales-types';

interface Props {
  order: SalesOrderView;
  editable: boolean;
  promotionNames: ReadonlyMap<string, string>;
  onUpdate?: (lineId: string, patch: LinePatch) => void;
  onRemove?: (lineId: string) => void;
}

const parseQty = (s: string): number | null => (/^\d{1,9}$/.test(s) && Number(s) > 0 ? Number(s) : null);
const parseFen = (s: string): number | null => {
  const fen = parseYuan(s === '' ? '0' : s);
  return fen === null || Number.isNaN(fen) ? null : fen;
};

function PriceHints({ line, last }: { line: SalesOrderLineView; last: LastPrice | undefined }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (line.listPriceFen !== null) parts.push(t('sales.lines.listPrice', { price: formatFen(line.listPriceFen) }));
  if (last) parts.push(t('sales.lines.lastPrice', { price: formatFen(last.netPriceFen), unit: last.unitName, date: last.businessDate }));
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="price-hint">
      {parts.join(' · ')}
    </Text>
  );
}

function PromoBadges({ line, names }: { line: SalesOrderLineView; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const name = line.promotionId ? (names.get(line.promotionId) ?? t('sales.lines.promotion')) : '';
  return (
    <Group gap={4}>
      {line.isGift ? (
        <Badge size="xs" color="pink" variant="light" tt="none">
          {line.rebateGoods ? t('sales.rebateGoods.badge') : line.promotionId ? t('sales.lines.promoGift', { name }) : t('sales.lines.gift')}
        </Badge>
      ) : null}
      {line.promoDiscountFen > 0 ? (
        <Badge size="xs" color="orange" variant="light" tt="none">
          {t('sales.lines.promoDiscount', { name, amount: formatFen(line.promoDiscountFen) })}
        </Badge>
      ) : null}
    </Group>
  );
}

export function OrderLinesTable({ order, editable, promotionNames, onUpdate, onRemove }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const productIds = [...new Set(order.lines.map((l) => l.productId))];
  const last = useQuery({
    ...trpc.salesOrders.lastPrices.queryOptions({ customerId: order.customerId, productIds: productIds.length > 0 ? productIds : ['-'] }),
    enabled: productIds.length > 0,
    staleTime: 60_000,
  });
  const lastBy = new Map((last.data ?? []).map((p) => [p.productId, p]));
  const update = (id: string, patch: LinePatch) => onUpdate?.(id, patch);

  const rows = order.lines.map((l) => {
    const auto = l.promotionId !== null && l.isGift;
    const canEdit = editable && !auto;
    return (
      <Table.Tr key={l.id} data-testid="order-line">
        <Table.Td>{l.lineNo}</Table.Td>
        <Table.Td>
          <Stack gap={2}>
            <Text size="sm" lineClamp={1}>
              {l.productName}
            </Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed" ff="monospace">
                {l.sku}
              </Text>
              <PromoBadges line={l} names={promotionNames} />
            </Group>
          </Stack>
        </Table.Td>
        <Table.Td>
          {canEdit ? (
            <UnitCell productId={l.productId} unitId={l.unitId} unitName={l.unitName} label={t('sales.lines.unit')} onChange={(unitId) => update(l.id, { unitId })} />
          ) : (
            l.unitName
          )}
        </Table.Td>
        <Table.Td ta="right">
          {canEdit ? (
            <CellInput key={`q${l.id}:${l.qty}`} label={t('sales.lines.qty')} value={String(l.qty)} w={70} onCommit={(s) => {
              const qty = parseQty(s);
              if (qty !== null) update(l.id, { qty });
              return qty !== null;
            }} />
          ) : (
            qtyText(l.qty, l.unitName, l.qtyBase, l.baseUnit)
          )}
        </Table.Td>
        <Table.Td ta="right">
          <Stack gap={2} align="flex-end">
            {canEdit && !l.isGift ? (
              <CellInput key={`p${l.id}:${l.priceFen}`} label={t('sales.lines.price')} value={fenToInput(l.priceFen)} onCommit={(s) => {
                const fen = parseFen(s);
                if (fen !== null) update(l.id, { priceFen: fen });
                return fen !== null;
              }} />
            ) : (
              formatFen(l.priceFen)
            )}
            {editable && !auto ? <PriceHints line={l} last={lastBy.get(l.productId)} /> : null}
          </Stack>
        </Table.Td>
        <Table.Td ta="right">
          {canEdit && !l.isGift ? (
            <CellInput key={`d${l.id}:${l.lineDiscountFen}`} label={t('sales.lines.discount')} value={fenToInput(l.lineDiscountFen)} w={80} onCommit={(s) => {
              const fen = parseFen(s);
              if (fen !== null) update(l.id, { lineDiscountFen: fen });
              return fen !== null;
            }} />
          ) : (
            formatFen(l.lineDiscountFen + l.promoDiscountFen + l.orderDiscountFen)
          )}
        </Table.Td>
        <Table.Td ta="right" fw={500}>
          {formatFen(l.netFen)}
        </Table.Td>
        <Table.Td>
          <Checkbox aria-label={t('sales.lines.gift')} checked={l.isGift} disabled={!canEdit} onChange={(e) => update(l.id, { isGift: e.currentTarget.checked })} />
        </Table.Td>
        {editable ? (
          <Table.Td>
            {auto ? null : (
              <ActionIcon variant="subtle" color="red" aria-label={t('sales.lines.remove', { name: l.productName })} onClick={() => onRemove?.(l.id)} tabIndex={-1}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Table.Td>
        ) : (
          <Table.Td ta="right">{qtyText(l.deliveredQtyBase, l.baseUnit, l.deliveredQtyBase, l.baseUnit)}</Table.Td>
        )}
      </Table.Tr>
    );
  });

  return (
    <ScrollArea style={{ flex: 1 }} type="auto">
      <Table striped highlightOnHover stickyHeader aria-label={t('sales.lines.title')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('sales.lines.product')}</Table.Th>
            <Table.Th w={80}>{t('sales.lines.unit')}</Table.Th>
            <Table.Th w={90} ta="right">{t('sales.lines.qty')}</Table.Th>
            <Table.Th w={220} ta="right">{t('sales.lines.price')}</Table.Th>
            <Table.Th w={100} ta="right">{t('sales.lines.discount')}</Table.Th>
            <Table.Th w={110} ta="right">{t('sales.lines.amount')}</Table.Th>
            <Table.Th w={50}>{t('sales.lines.gift')}</Table.Th>
            <Table.Th w={editable ? 40 : 90} ta={editable ? undefined : 'right'}>{editable ? '' : t('sales.lines.delivered')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length > 0 ? rows : (
            <Table.Tr>
              <Table.Td colSpan={9}>
                <Text c="dimmed" size="sm" ta="center" py="md">
                  {t('sales.lines.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
