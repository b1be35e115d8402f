// One order on screen. A draft is entered by scanner and keyboard: scan anywhere (a scan adds the product in the
// scanned unit, again adds one more), F2 searches a product, Tab/Enter walk the cells. F9 confirms (with the
// owner's approval step when a price or the credit needs it); for a counter or van sale F10 takes the money and
// delivers at once, then the receipt prints. Ctrl+S keeps the draft; Ctrl+P prints.
import { Alert, Badge, Button, Group, Kbd, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { formatFen } from '../../components/money';
import { ScreenFrame } from '../../components/ScreenFrame';
import { ProductPicker } from '../receiving/ProductPicker';
import { ApprovalModal } from './ApprovalModal';
import { OrderLinesTable } from './OrderLinesTable';
import { OrderTotals } from './OrderTotals';
import { PaymentModal } from './PaymentModal';
import { ReceiptPreviewModal } from './ReceiptPreviewModal';
import { deliversAtOnce, isDeliverable, isEditable, STATUS_COLORS, type NeededApproval, type SalesOrderView, type SalesPaymentMethod } from './sales-types';
import { useOrderEditor } from './useOrderEditor';
import { useOrderScans } from './useOrderScans';
import { usePromotionNames } from './usePromotionNames';
import { useSalesPrint } from './useSalesPrint';
import { ReverseOrderButton } from './ReverseOrderButton';
import { RebateGoodsBar } from './RebateGoodsBar';

interface Props {
  orderId: string;
  onBack: () => void;
  onDeliver: (orderId: string) => void;
}

type Payment = { method: SalesPaymentMethod; amountFen: number };
type Dialog = { kind: 'approval'; needed: NeededApproval[]; payment: Payment | null } | { kind: 'payment' } | { kind: 'preview' } | null;

/** Shortcuts work while typing in a cell, but not behind a dialog. */
const dialogOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

function CreditLine({ order }: { order: SalesOrderView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const credit = useQuery({ ...trpc.salesOrders.creditTerms.queryOptions({ customerId: order.customerId }), staleTime: 30_000 });
  const c = credit.data;
  if (!c) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="credit-line">
      {t('sales.entry.credit', { balance: formatFen(c.balanceFen), open: formatFen(c.openOrdersFen), limit: c.creditLimitFen > 0 ? formatFen(c.creditLimitFen) : t('sales.entry.noLimit') })}
    </Text>
  );
}

export function OrderEntry({ orderId, onBack, onDeliver }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery(trpc.salesOrders.get.queryOptions({ id: orderId }));
  const order = query.data;
  const editable = order ? isEditable(order) : false;
  const editor = useOrderEditor(orderId);
  useOrderScans(editor, editable && dialog === null);
  const names = usePromotionNames(order);
  const print = useSalesPrint();

  const refresh = (o: SalesOrderView) => {
    queryClient.setQueryData(trpc.salesOrders.get.queryKey({ id: o.id }), o);
    void queryClient.invalidateQueries({ queryKey: trpc.salesOrders.list.pathKey() });
  };
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) });

  const confirm = useMutation(
    trpc.salesOrders.confirm.mutationOptions({
      onSuccess: (r, input) => {
        refresh(r.order);
        if (r.status === 'pending_approval') {
          setDialog({ kind: 'approval', needed: r.needed, payment: input.payment ?? null });
          return;
        }
        setDialog(null);
        notifications.show({ color: 'green', message: t(`sales.entry.done.${r.status === 'delivered' ? 'delivered' : 'confirmed'}`, { number: r.order.number }) });
        // The counter sale is paid and gone: its receipt goes to the printer straight away.
        if (r.status === 'delivered') print.receipt(r.order.id);
      },
      onError: fail,
    }),
  );
  const cancel = useMutation(
    trpc.salesOrders.cancel.mutationOptions({
      onSuccess: (o) => {
        refresh(o);
        onBack();
      },
      onError: fail,
    }),
  );

  const atOnce = order ? deliversAtOnce(order.kind) : false;
  const canConfirm = !!order && editable && order.lines.length > 0;
  const doConfirm = () => {
    if (!order || !canConfirm || confirm.isPending) return;
    // A cell still being typed in is kept first (its blur queues the change), and the order confirmed after it.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    void editor.settled().then(() => {
      if (atOnce) setDialog({ kind: 'payment' });
      else confirm.mutate({ id: order.id });
    });
  };
  const doDeliver = () => {
    if (!order) return;
    if (editable && atOnce) doConfirm();
    else if (isDeliverable(order)) onDeliver(order.id);
  };
  const doPrint = () => {
    if (!order) return;
    if (order.kind !== 'presale' && order.status === 'delivered') print.receipt(order.id);
    else print.orderPdf(order.id);
  };
  const doSave = () => {
    if (!order) return;
    notifications.show({ color: 'gray', message: t('sales.entry.saved', { number: order.number }) });
    onBack();
  };
  const key = (hotkey: string, action: () => void): [string, (e: KeyboardEvent) => void, { preventDefault: boolean; usePhysicalKeys: boolean }] => [
    hotkey,
    (e) => {
      if (dialogOpen()) return;
      e.preventDefault();
      action();
    },
    { preventDefault: false, usePhysicalKeys: true },
  ];
  useHotkeys(
    [
      key('mod+s', doSave),
      key('F9', atOnce ? doDeliver : doConfirm),
      key('F10', doDeliver),
      key('mod+p', doPrint),
      key('F2', () => document.querySelector<HTMLInputElement>('[data-sales-product-search] input')?.focus()),
    ],
    [],
  );

  if (!order) return <ScreenFrame title={t('sales.title')}>{query.error ? <Alert color="red">{errorText(query.error, t('common.errors.network'))}</Alert> : null}</ScreenFrame>;

  const title = `${t(`sales.kinds.${order.kind}`)} ${order.number}`;
  const due = order.amountFen;
  return (
    <ScreenFrame
      title={title}
      actions={
        <>
          <Button variant="default" onClick={onBack}>
            {t('sales.entry.back')}
          </Button>
          {editable || order.status === 'confirmed' ? (
            // Before anything has left: the reservation is released (after a delivery the owner reverses instead).
            <Button variant="light" color="red" onClick={() => cancel.mutate({ id: order.id, reason: t('sales.entry.cancelReason') })} loading={cancel.isPending}>
              {t('sales.entry.cancel')}
            </Button>
          ) : null}
          {user.role === 'owner' && (order.status === 'delivered' || order.status === 'partially_delivered') ? <ReverseOrderButton order={order} onDone={refresh} /> : null}
          {editable ? (
            <>
              <Button variant="default" onClick={doSave} rightSection={<Kbd size="xs">Ctrl+S</Kbd>}>
                {t('sales.entry.save')}
              </Button>
            </>
          ) : null}
          {editable && !atOnce ? (
            <Button onClick={doConfirm} disabled={!canConfirm} loading={confirm.isPending} rightSection={<Kbd size="xs">F9</Kbd>}>
              {t('sales.entry.confirm')}
            </Button>
          ) : null}
          {(editable && atOnce) || isDeliverable(order) ? (
            <Button color="green" onClick={doDeliver} disabled={editable && !canConfirm} loading={confirm.isPending} rightSection={<Kbd size="xs">F10</Kbd>}>
              {atOnce && editable ? t('sales.entry.payDeliver') : t('sales.entry.deliver')}
            </Button>
          ) : null}
          <Button variant="default" onClick={doPrint} loading={print.busy !== null} rightSection={<Kbd size="xs">Ctrl+P</Kbd>}>
            {order.kind !== 'presale' && order.status === 'delivered' ? t('sales.entry.printReceipt') : t('sales.entry.printOrder')}
          </Button>
          {order.kind !== 'presale' && order.status === 'delivered' ? (
            <Button variant="subtle" onClick={() => setDialog({ kind: 'preview' })}>
              {t('sales.entry.preview')}
            </Button>
          ) : null}
        </>
      }
      toolbar={
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Group gap="md" align="flex-end" wrap="nowrap">
            <Badge color={STATUS_COLORS[order.status]} variant="light" size="lg" tt="none" data-testid="order-status">
              {t(`sales.status.${order.status}`)}
            </Badge>
            <div>
              <Text size="sm" fw={500} data-testid="order-customer">
                {order.customerCode} {order.customerName}
              </Text>
              <Text size="xs" c="dimmed">
                {order.warehouseName}
                {order.salespersonName ? ` · ${order.salespersonName}` : ''} · {order.businessDate}
              </Text>
              <CreditLine order={order} />
            </div>
          </Group>
          {editable ? (
            <Group gap="xs" align="flex-end" wrap="nowrap" data-sales-product-search>
              <ProductPicker
                label={t('sales.entry.addProduct')}
                value={null}
                onChange={(p) => {
                  if (p) editor.addLine({ productId: p.id, qty: 1 }, t('sales.entry.scanned', { name: p.name, unit: p.baseUnit }));
                }}
              />
              <Kbd mb={8}>F2</Kbd>
            </Group>
          ) : null}
        </Group>
      }
    >
      {editable ? (
        <Alert color={editor.message ? (editor.message.ok ? 'green' : 'red') : 'blue'} py={6} data-testid="last-scan">
          {editor.message?.text ?? t('sales.entry.scanHint')}
        </Alert>
      ) : null}
      {editable ? <RebateGoodsBar order={order} editor={editor} /> : null}
      <OrderLinesTable order={order} editable={editable} promotionNames={names} onUpdate={editor.updateLine} onRemove={editor.removeLine} />
      <OrderTotals order={order} editable={editable} onOrderDiscount={editor.setOrderDiscount} />
      {dialog?.kind === 'payment' ? (
        <PaymentModal dueFen={due} pending={confirm.isPending} onClose={() => setDialog(null)} onPay={(method, amountFen) => confirm.mutate({ id: order.id, payment: { method, amountFen } })} />
      ) : null}
      {dialog?.kind === 'approval' ? (
        <ApprovalModal
          needed={dialog.needed}
          isOwner={user.role === 'owner'}
          pending={confirm.isPending}
          onClose={() => setDialog(null)}
          onApprove={(reason) => confirm.mutate({ id: order.id, approvalReason: reason, ...(dialog.payment ? { payment: dialog.payment } : {}) })}
        />
      ) : null}
      {dialog?.kind === 'preview' ? <ReceiptPreviewModal orderId={order.id} onClose={() => setDialog(null)} /> : null}
    </ScreenFrame>
  );
}
