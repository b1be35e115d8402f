// Messages of the rebate domain (policies, accruals, rebate accounts, deductions, store rebates), zh-CN first.
// Spread into the one message table in shared/messages.ts.
export const rebateMessages = {
  REBATE_POLICY_NOT_FOUND: { 'zh-CN': '找不到返利政策 {id}', en: 'Rebate policy {id} not found' },
  REBATE_POLICY_CODE_TAKEN: { 'zh-CN': '返利政策编号“{code}”已存在', en: 'Rebate policy code "{code}" already exists' },
  REBATE_PERIOD_REQUIRED: {
    'zh-CN': '返利政策必须指定结算周期（月、季度或年）',
    en: 'A rebate policy needs a period (month, quarter or year)',
  },
  REBATE_PERIOD_KEY: {
    'zh-CN': '返利周期“{value}”格式不正确（应为 2026-03、2026-Q1 或 2026）',
    en: 'Rebate period "{value}" is invalid (2026-03, 2026-Q1 or 2026 expected)',
  },
  REBATE_VERSION_OVERLAP: {
    'zh-CN': '新版本的有效期 {from}~{to} 与第 {version} 版（{otherFrom}~{otherTo}）重叠',
    en: 'The new version ({from}~{to}) overlaps version {version} ({otherFrom}~{otherTo})',
  },
  REBATE_TIERS_EMPTY: { 'zh-CN': '阶梯返利至少需要一档', en: 'A tiered rebate needs at least one tier' },
  REBATE_TIERS_ORDER: {
    'zh-CN': '第 {tier} 档的起点和返利必须都高于上一档',
    en: 'Tier {tier} must start higher and pay more than the tier before it',
  },
  REBATE_VALUE_MISSING: { 'zh-CN': '{kind}返利缺少“{field}”', en: 'A {kind} rebate needs "{field}"' },
  REBATE_VALUE_RANGE: { 'zh-CN': '“{field}”的值 {value} 不在允许范围内', en: '"{field}" = {value} is out of range' },
  REBATE_SCOPE_BASIS: {
    'zh-CN': '门店返利只能按对门店的销售（出货）计算',
    en: 'A store rebate can only be based on sell-out to the store',
  },
  REBATE_NO_VERSION: {
    'zh-CN': '返利政策“{policy}”在 {period} 没有生效的版本',
    en: 'Rebate policy "{policy}" has no version in force in {period}',
  },
  REBATE_PERIOD_CLOSED: {
    'zh-CN': '返利政策“{policy}”的 {period} 已结算关闭',
    en: 'Period {period} of rebate policy "{policy}" is closed',
  },
  REBATE_PERIOD_NOT_ENDED: {
    'zh-CN': '{period} 尚未结束（截止 {to}），不能结算关闭',
    en: 'Period {period} has not ended yet (it runs to {to}); it cannot be closed',
  },
  REBATE_NOT_TASK: { 'zh-CN': '返利政策“{policy}”不是任务奖励', en: 'Rebate policy "{policy}" is not a task reward' },
  REBATE_AMOUNT_POSITIVE: { 'zh-CN': '返利金额必须大于 0（现为 {value} 元）', en: 'The rebate amount must be more than 0 ({value} yuan given)' },
  REBATE_BALANCE_LOW: {
    'zh-CN': '返利余额不足：本次 {amount} 元，可用 {available} 元',
    en: 'Not enough rebate balance: {amount} yuan asked, {available} yuan available',
  },
  REBATE_CAP_EXCEEDED: {
    'zh-CN': '抵扣 {amount} 元超过上限 {cap} 元（可抵扣商品金额 {eligible} 元的 {pct}%，已抵扣 {used} 元）',
    en: 'Deducting {amount} yuan exceeds the cap of {cap} yuan ({pct}% of {eligible} yuan of eligible goods, {used} yuan already deducted)',
  },
  REBATE_PO_NOT_OPEN: {
    'zh-CN': '采购单 {number} 已{status}，不能抵扣返利',
    en: 'Purchase order {number} is {status}; no rebate can be deducted',
  },
  REBATE_PO_PAID: { 'zh-CN': '采购单 {number} 已登记打款日期 {paidOn}', en: 'Purchase order {number} already has its payment date {paidOn}' },
  REBATE_ALREADY_PAID: {
    'zh-CN': '“{policy}”{period} 对该门店的返利已兑付',
    en: 'The rebate of "{policy}" for {period} has already been paid to this store',
  },
  REBATE_NOTHING_TO_PAY: {
    'zh-CN': '“{policy}”{period} 没有已结算的返利可兑付',
    en: 'Nothing closed to pay for "{policy}" in {period}',
  },
  REBATE_GOODS_PRODUCT: {
    'zh-CN': '以货抵返利需要指定商品',
    en: 'A rebate paid in goods needs a product',
  },
  REBATE_ENTITLEMENT_LOW: {
    'zh-CN': '“{product}”可领返利货品 {available}（基本单位），本次 {needed}',
    en: 'Only {available} base units of "{product}" are owed as rebate goods; {needed} asked',
  },
  REBATE_IMPORT_EMPTY: { 'zh-CN': '文件中没有返利政策', en: 'The file has no rebate policies' },
} as const;
