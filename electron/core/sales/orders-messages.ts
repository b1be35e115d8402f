// Messages of sales orders (pricing, approvals, credit, reservations, delivery), zh-CN first. Spread into the one
// message table in shared/messages.ts.
export const salesOrderMessages = {
  SALES_ORDER_NOT_FOUND: { 'zh-CN': '找不到销售单 {id}', en: 'Sales order {id} not found' },
  SALES_ORDER_NOT_EDITABLE: {
    'zh-CN': '销售单 {number} 状态为“{statusZh}”，不能再修改',
    en: 'Sales order {number} is {status} and can no longer be changed',
  },
  SALES_ORDER_STATUS: {
    'zh-CN': '销售单 {number} 状态为“{statusZh}”，不能{actionZh}',
    en: 'Sales order {number} is {status}; it cannot be {action}',
  },
  SALES_ORDER_EMPTY: { 'zh-CN': '销售单 {number} 没有商品行', en: 'Sales order {number} has no lines' },
  SALES_LINE_NOT_FOUND: { 'zh-CN': '销售单 {number} 中找不到该商品行', en: 'That line is not on sales order {number}' },
  SALES_LINE_PROMO: {
    'zh-CN': '“{product}”是促销赠品行，随订单自动计算，不能手工修改',
    en: '"{product}" is a promotion gift; it is worked out with the order and cannot be edited',
  },
  SALES_PRICE_MISSING: {
    'zh-CN': '客户的价格表中没有“{product}”（{unit}）的价格，请输入单价',
    en: 'The customer\'s price list has no price for "{product}" ({unit}); enter a price',
  },
  SALES_DISCOUNT_TOO_BIG: {
    'zh-CN': '“{product}”的折让 {discount} 元超过了行金额 {amount} 元',
    en: 'The discount of {discount} yuan on "{product}" is more than its amount of {amount} yuan',
  },
  SALES_ORDER_DISCOUNT_TOO_BIG: {
    'zh-CN': '整单优惠 {discount} 元超过了订单金额 {amount} 元',
    en: 'The order discount of {discount} yuan is more than the order amount of {amount} yuan',
  },
  SALES_WAREHOUSE_KIND: {
    'zh-CN': '{kind}必须从{expected}出货，“{name}”不是',
    en: 'A {kind} ships from a {expected}; "{name}" is not one',
  },
  SALES_VAN_NOT_YOURS: { 'zh-CN': '只能用自己的车辆开车销单', en: 'Drivers sell only from their own van' },
  SALES_DRIVER_KIND: { 'zh-CN': '司机只能开车销单', en: 'Drivers may only make van sales' },
  SALES_PRICE_BELOW_LIMIT: {
    'zh-CN': '“{product}”成交价 {price} 元/{unit} 低于品牌限价 {min} 元/{limitUnit}',
    en: '"{product}" sells at {price} yuan/{unit}, below the brand\'s minimum of {min} yuan/{limitUnit}',
  },
  SALES_PRICE_ABOVE_LIMIT: {
    'zh-CN': '“{product}”成交价 {price} 元/{unit} 高于品牌限价 {max} 元/{limitUnit}',
    en: '"{product}" sells at {price} yuan/{unit}, above the brand\'s maximum of {max} yuan/{limitUnit}',
  },
  SALES_CREDIT_LIMIT: {
    'zh-CN': '客户“{customer}”欠款 {balance} 元、未发货订单 {open} 元，加上本单 {amount} 元将超过信用额度 {limit} 元',
    en: 'Customer "{customer}" owes {balance} yuan with {open} yuan on open orders; this order of {amount} yuan would pass the credit limit of {limit} yuan',
  },
  SALES_OVERDUE: {
    'zh-CN': '客户“{customer}”有应收单据 {docNo} 已逾期 {days} 天（允许 {allowed} 天）',
    en: 'Customer "{customer}" has {docNo} overdue by {days} days ({allowed} allowed)',
  },
  SALES_BLOCKED: { 'zh-CN': '销售单 {number} 不能确认：{detail}', en: 'Sales order {number} cannot be confirmed: {detail}' },
  SALES_NEEDS_APPROVAL: {
    'zh-CN': '销售单 {number} 需要店主审批：{detail}',
    en: 'Sales order {number} needs the owner\'s approval: {detail}',
  },
  SALES_APPROVE_OWNER: { 'zh-CN': '只有店主可以审批销售单', en: 'Only the owner can approve a sales order' },
  SALES_NOTHING_TO_APPROVE: { 'zh-CN': '销售单 {number} 无需审批', en: 'Sales order {number} needs no approval' },
  SALES_RESERVE_SHORT: {
    'zh-CN': '“{warehouse}”的“{product}”可用库存不足：需要 {needed}，可用 {available}（在库 {onHand}，已被其他订单预留 {reserved}）',
    en: '"{product}" in "{warehouse}" is short: {needed} needed, {available} available ({onHand} on hand, {reserved} reserved by other orders)',
  },
  SALES_DELIVER_QTY: {
    'zh-CN': '“{product}”本次发货 {qty} 无效：未发数量为 {open}',
    en: 'Delivering {qty} of "{product}" is not possible: {open} are still to deliver',
  },
  SALES_DELIVER_NOTHING: { 'zh-CN': '销售单 {number} 没有要发货的数量', en: 'Nothing to deliver on sales order {number}' },
  SALES_PAYMENT_TOO_BIG: {
    'zh-CN': '收款 {amount} 元超过本次发货金额 {due} 元',
    en: 'The payment of {amount} yuan is more than the {due} yuan delivered',
  },
  SALES_PAYMENT_COLLECTOR: {
    'zh-CN': '现场收现金需要收款人：请为销售单指定业务员或司机',
    en: 'Cash taken on the spot needs a collector: set the order\'s salesperson or driver',
  },
  SALES_CANCEL_DELIVERED: {
    'zh-CN': '销售单 {number} 已有发货，不能作废，请冲销',
    en: 'Sales order {number} has deliveries; reverse it instead of cancelling',
  },
  SALES_REVERSE_OWNER: { 'zh-CN': '只有店主可以冲销已发货的销售单', en: 'Only the owner can reverse a delivered sales order' },
  SALES_REVERSE_HAS_RETURNS: {
    'zh-CN': '销售单 {number} 已有退货入库，请先冲销退货单再冲销该订单',
    en: 'Sales order {number} has posted returns; reverse them before reversing the order',
  },
  SALES_ALREADY_REVERSED: { 'zh-CN': '销售单 {number} 已冲销', en: 'Sales order {number} has already been reversed' },
  SALES_CODES_UNSUPPORTED: {
    'zh-CN': '本版本的发货尚不能绑定追溯码',
    en: 'Binding trace codes on delivery is not available in this version',
  },
  SALES_POLICY: { 'zh-CN': '处理方式只能是“审批”或“禁止”', en: 'The policy is either approval or block' },
  SALES_OVERDUE_DAYS: { 'zh-CN': '允许逾期天数必须是 0 到 3650 的整数', en: 'Allowed overdue days must be a whole number from 0 to 3650' },
} as const;
