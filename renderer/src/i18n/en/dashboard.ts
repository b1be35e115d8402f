import type { Shape } from '../shape';
import type { dashboard as zh } from '../zh-CN/dashboard';

export const dashboard: Shape<typeof zh> = {
  title: 'Overview',
  open: 'Open',
  overdue: {
    title: 'Overdue receivables',
    summary: '{{customers}} customers, {{items}} overdue items',
    row: '{{name}}: {{days}} days overdue, ¥{{amount}}',
  },
  expiry: {
    title: 'Batches near expiry (within {{days}} days)',
    summary: '{{expired}} of them expired',
    row: '{{name}} batch {{batch}}: {{qty}} {{unit}}, expires {{date}} ({{warehouse}})',
  },
  approvals: {
    title: 'Waiting for approval',
    summary: '{{orders}} orders, {{writeOffs}} write-offs',
  },
  rebates: {
    title: 'Rebate progress',
    none: 'No rebate policy is running',
    accrued: 'Rebate accrued this period',
    row: '{{brand}} · {{name}} ({{period}}): tier {{tier}} reached, ¥{{amount}} expected',
    gapAmount: '¥{{gap}} more reaches the next tier: ¥{{extra}} more rebate',
    gapQty: '{{gap}} {{unit}} more reaches the next tier: ¥{{extra}} more rebate',
    top: 'Top tier reached',
  },
};
