// An order's status named in both languages for messages: {statusZh} in the Chinese text, {status} in the English.
// The Chinese words are the ones the order screen's status badge shows.
import type { SalesOrderStatus } from './order-types';

export const ORDER_STATUS_ZH: Record<SalesOrderStatus, string> = {
  draft: '草稿',
  pending_approval: '待审批',
  confirmed: '已确认',
  partially_delivered: '部分出库',
  delivered: '已出库',
  cancelled: '已取消',
  reversed: '已冲销',
};
export const ORDER_STATUS_EN: Record<SalesOrderStatus, string> = {
  draft: 'a draft',
  pending_approval: 'waiting for approval',
  confirmed: 'confirmed',
  partially_delivered: 'partly delivered',
  delivered: 'delivered',
  cancelled: 'cancelled',
  reversed: 'reversed',
};

export const orderStatusParams = (o: { number: string; status: SalesOrderStatus }) => ({
  number: o.number,
  status: ORDER_STATUS_EN[o.status],
  statusZh: ORDER_STATUS_ZH[o.status],
});
