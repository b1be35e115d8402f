// Messages of order fulfilment, zh-CN first: trace codes scanned out for an order, the delivery note scanned back
// with its signed image, and sales receipts. Spread into the one message table in shared/messages.ts.
export const fulfilmentMessages = {
  SALES_CODE_ORDER_STATUS: {
    'zh-CN': '订单“{number}”的状态是“{statusZh}”：已送完、已取消或已冲销的订单不能再扫码出库',
    en: 'Order "{number}" is {status}: codes cannot be scanned for an order that is fully delivered, cancelled or reversed',
  },
  SALES_CODE_WRONG_PRODUCT: {
    'zh-CN': '追溯码“{code}”是“{product}”，订单“{number}”中没有这个商品',
    en: 'Trace code "{code}" is "{product}", which order "{number}" does not contain',
  },
  SALES_CODE_WRONG_LINE: {
    'zh-CN': '追溯码“{code}”是“{product}”，不是第 {lineNo} 行的商品“{lineProduct}”',
    en: 'Trace code "{code}" is "{product}", not "{lineProduct}" of line {lineNo}',
  },
  SALES_CODE_WRONG_BATCH: {
    'zh-CN': '追溯码“{code}”的批次是“{batch}”，第 {lineNo} 行指定要出批次“{lineBatch}”',
    en: 'Trace code "{code}" is of batch "{batch}"; line {lineNo} asks for batch "{lineBatch}"',
  },
  SALES_CODE_LINE_NOT_FOUND: { 'zh-CN': '订单中没有该行', en: 'The order has no such line' },
  SALES_CODE_OVER_QTY: {
    'zh-CN': '追溯码“{code}”含 {qty}{unit}“{product}”，超出订单尚未扫码的数量（还剩 {left}{unit}）',
    en: 'Trace code "{code}" holds {qty} {unit} of "{product}", more than the order has left to scan ({left} {unit})',
  },
  SALES_CODE_OTHER_WAREHOUSE: {
    'zh-CN': '追溯码“{code}”在“{actual}”，不在本订单的发货仓库“{warehouse}”',
    en: 'Trace code "{code}" is in "{actual}", not in "{warehouse}" where this order ships from',
  },
  SALES_CODE_ON_OTHER_ORDER: {
    'zh-CN': '追溯码“{code}”已扫入订单“{number}”，等待发货',
    en: 'Trace code "{code}" is already scanned for order "{number}", waiting to ship',
  },
  SALES_CODE_NOT_BOUND: {
    'zh-CN': '追溯码“{code}”不在订单“{number}”的待发货列表中',
    en: 'Trace code "{code}" is not waiting to ship with order "{number}"',
  },
  SALES_CODE_SHIPPED: {
    'zh-CN': '追溯码“{code}”已随订单“{number}”发货，不能取消扫码（请走退货）',
    en: 'Trace code "{code}" has shipped with order "{number}" and cannot be unscanned (make a return)',
  },
  SALES_CODES_OVER_DELIVERY: {
    'zh-CN': '第 {lineNo} 行“{product}”已扫码 {bound}，多于本次送货数量 {qty}：请先取消多扫的码',
    en: 'Line {lineNo} "{product}" has {bound} scanned, more than the {qty} this delivery ships: unscan the extra codes first',
  },
} as const;

export const salesDocMessages = {
  SALES_DOC_NOT_ORDER: {
    'zh-CN': '单据“{number}”不是销售订单，不能在这里确认送达',
    en: 'Document "{number}" is not a sales order and cannot be confirmed as delivered here',
  },
  SALES_DOC_ORDER_UNKNOWN: { 'zh-CN': '找不到单号为“{number}”的销售订单', en: 'No sales order numbered "{number}"' },
  SALES_DOC_NOT_DELIVERABLE: {
    'zh-CN': '订单“{number}”的状态是“{statusZh}”，不能确认送达',
    en: 'Order "{number}" is {status} and cannot be confirmed as delivered',
  },
  SALES_IMAGE_TYPE: {
    'zh-CN': '签收单图片只能是 PNG 或 JPEG 格式',
    en: 'The signed delivery note must be a PNG or JPEG image',
  },
  SALES_IMAGE_TOO_LARGE: {
    'zh-CN': '签收单图片太大（{size} MB，最大 {max} MB）',
    en: 'The signed delivery note image is too large ({size} MB; {max} MB at most)',
  },
  SALES_IMAGE_NOT_FOUND: { 'zh-CN': '找不到该签收单图片', en: 'Signed delivery note image not found' },
} as const;
