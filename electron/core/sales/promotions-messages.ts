// Messages of promotions (促销), zh-CN first. Spread into the one message table in shared/messages.ts.
export const promotionMessages = {
  PROMOTION_NOT_FOUND: { 'zh-CN': '找不到该促销', en: 'Promotion not found' },
  PROMOTION_PERIOD: {
    'zh-CN': '促销结束日期（{endsOn}）不能早于开始日期（{startsOn}）',
    en: 'The promotion cannot end ({endsOn}) before it starts ({startsOn})',
  },
  PROMOTION_STARTS_PAST: {
    'zh-CN': '促销开始日期（{startsOn}）不能早于今天（{today}）',
    en: 'A promotion cannot start ({startsOn}) before today ({today})',
  },
  PROMOTION_PRODUCT_SET_EMPTY: {
    'zh-CN': '请至少选择一个商品、分类或品牌作为促销范围',
    en: 'Choose at least one product, category or brand for the promotion',
  },
  PROMOTION_TIERS_EMPTY: { 'zh-CN': '满减/折扣促销至少需要一档', en: 'A tiered promotion needs at least one tier' },
  PROMOTION_TIER_DISCOUNT: {
    'zh-CN': '每档须填写折扣率（0.01%–100%）或减免金额（大于 0）其中之一',
    en: 'Each tier needs either a rate (0.01%–100%) or an amount off (above 0), not both',
  },
  PROMOTION_TIER_DUPLICATE: { 'zh-CN': '门槛“{threshold}”重复', en: 'Threshold "{threshold}" appears twice' },
  PROMOTION_GIFT_REQUIRED: {
    'zh-CN': '买赠促销须填写“买”的数量、赠品及赠送数量（均为正整数）',
    en: 'A buy-N-get-M promotion needs the quantity to buy, the gift product and the gift quantity (whole numbers above 0)',
  },
  PROMOTION_STARTED: {
    'zh-CN': '促销“{number}”已于 {startsOn} 开始，不能修改；请结束它并新建一个',
    en: 'Promotion "{number}" started on {startsOn} and cannot be changed; end it and create a new one',
  },
  PROMOTION_ALREADY_ENDED: { 'zh-CN': '促销“{number}”已结束', en: 'Promotion "{number}" has already ended' },
  PROMOTION_END_AFTER: {
    'zh-CN': '提前结束日期（{lastDay}）不能晚于原结束日期（{endsOn}）',
    en: 'The early last day ({lastDay}) cannot be after the planned end ({endsOn})',
  },
} as const;
