// 概览（店主、会计的首页）。
export const dashboard = {
  title: '概览',
  open: '查看',
  overdue: {
    title: '逾期应收',
    summary: '{{customers}} 家客户，{{items}} 笔逾期',
    row: '{{name}}：逾期 {{days}} 天，¥{{amount}}',
  },
  expiry: {
    title: '近效期批次（{{days}} 天内）',
    summary: '其中已过期 {{expired}} 批',
    row: '{{name}} 批次 {{batch}}：{{qty}}{{unit}}，{{date}} 到期（{{warehouse}}）',
  },
  approvals: {
    title: '待审批',
    summary: '订单 {{orders}} 张，报损/核销 {{writeOffs}} 张',
  },
  rebates: {
    title: '返利进度',
    none: '没有进行中的返利政策',
    accrued: '本期预计返利',
    row: '{{brand}} · {{name}}（{{period}}）：已到第 {{tier}} 档，预计 ¥{{amount}}',
    gapAmount: '再进 ¥{{gap}} 可达下一档，多返 ¥{{extra}}',
    gapQty: '再进 {{gap}} {{unit}}可达下一档，多返 ¥{{extra}}',
    top: '已达最高档',
  },
};
