// Messages of returns, exchanges and gifts (销退换赠), zh-CN first. Spread into the one message table in
// shared/messages.ts.
export const returnMessages = {
  SALES_RETURN_NOT_FOUND: { 'zh-CN': '找不到该销退单', en: 'Return document not found' },
  SALES_RETURN_NOT_DRAFT: {
    'zh-CN': '销退单 {number} 已过账或已作废，不能再过账或作废',
    en: 'Return {number} is already posted or cancelled',
  },
  SALES_RETURN_NOT_POSTED: {
    'zh-CN': '销退单 {number} 未过账或已冲销，不能冲销',
    en: 'Return {number} is not posted (or already reversed) and cannot be reversed',
  },
  SALES_RETURN_VAN_NOT_YOURS: {
    'zh-CN': '司机只能把退换货记在自己的车上',
    en: 'A driver records returns and exchanges on their own van only',
  },
  SALES_RETURN_ORDER_CUSTOMER: {
    'zh-CN': '销售单 {number} 不是该客户的单据',
    en: 'Sales order {number} belongs to another customer',
  },
  SALES_RETURN_ORDER_LINE: {
    'zh-CN': '退货行须对应原销售单 {number} 的一行',
    en: 'A return line must name a line of the original order {number}',
  },
  SALES_RETURN_NO_ORDER_LINE: {
    'zh-CN': '未指定原销售单时，退货行不能引用订单行',
    en: 'A return without an original order cannot name order lines',
  },
  SALES_RETURN_TOO_MANY: {
    'zh-CN': '“{product}”最多还能退 {open}（已发货 {delivered}，已退 {returned}，基本单位），本次要退 {qty}',
    en: 'At most {open} of "{product}" can still be returned ({delivered} delivered, {returned} already returned, base units); {qty} asked',
  },
  SALES_RETURN_PRICE_FROM_ORDER: {
    'zh-CN': '“{product}”按原单退货，单价取自原单，不能另填',
    en: '"{product}" is returned against its order: the price comes from the order line and cannot be typed',
  },
  SALES_RETURN_PRICE_MISSING: {
    'zh-CN': '“{product}”没有该客户的历史成交价或价目表价格，请填写单价',
    en: '"{product}" has no last price for this customer and no price-list price; enter a price',
  },
  SALES_RETURN_CODES_ON_OUT: {
    'zh-CN': '追溯码只能扫在退货行上（“{product}”是换出/赠送行）',
    en: 'Trace codes go on return lines only ("{product}" is an exchange or gift line)',
  },
  SALES_RETURN_CODE_PRODUCT: {
    'zh-CN': '追溯码“{code}”是“{actual}”，不是本行的“{product}”',
    en: 'Trace code "{code}" is "{actual}", not "{product}" of this line',
  },
  SALES_RETURN_CODE_CUSTOMER: {
    'zh-CN': '追溯码“{code}”不在该客户处，不能退回',
    en: 'Trace code "{code}" is not with this customer and cannot be returned',
  },
  SALES_RETURN_CODE_QTY: {
    'zh-CN': '“{product}”扫描的追溯码共 {codes}（基本单位），超过退货数量 {qty}',
    en: 'The codes scanned for "{product}" hold {codes} (base units), more than the {qty} returned',
  },
  SALES_RETURN_CODE_BATCHES: {
    'zh-CN': '“{product}”这一行的追溯码来自不同批次（{batches}），请按批次分行',
    en: 'The codes on the "{product}" line come from different batches ({batches}); put each batch on its own line',
  },
} as const;
