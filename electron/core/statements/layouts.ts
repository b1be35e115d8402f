// The statement layouts we know. Banks differ only in which columns hold what, so a bank is a column mapping (data:
// built in below, or saved per bank by the accountant in statement_mappings). Wallets need rules: which rows are
// money in, which status counts, which amount the customer paid.
import type { StatementSource } from '../../../db/schema';

/** Which header holds each field of a bank statement. Either a signed `amount` or a `credit` (money-in) column. */
export interface ColumnMapping {
  date: string;
  time?: string;
  amount?: string;
  credit?: string;
  payerName?: string;
  payerAccount?: string;
  reference?: string;
  memo?: string[];
}

export interface RawLine {
  /** Date or date-time text as the file has it. */
  date: string;
  time: string;
  amount: string;
  payerName: string;
  payerAccount: string;
  reference: string;
  memo: string;
}

export interface Layout {
  key: string;
  name: string;
  source: StatementSource;
  /** Headers that must all be in one row: that row is the header; rows below are data. */
  required: string[];
  /** A data row as a header → cell record; null when it is not money in (spending, transfers out, refunds). */
  extract: (row: Record<string, string>) => RawLine | null;
}

const join = (...xs: (string | undefined)[]) => xs.filter((x) => x && x !== '/' && !/^-+$/.test(x)).join(' ');

export function bankLayout(key: string, name: string, m: ColumnMapping): Layout {
  const required = [m.date, m.time, m.amount, m.credit, m.payerName, m.payerAccount, m.reference, ...(m.memo ?? [])].filter((x): x is string => !!x);
  return {
    key,
    name,
    source: 'bank',
    required,
    extract: (r) => {
      const amount = (m.credit ? r[m.credit] : r[m.amount ?? '']) ?? '';
      if (!amount || amount === '-' || amount.startsWith('-')) return null;
      return {
        date: r[m.date] ?? '',
        time: m.time ? (r[m.time] ?? '') : '',
        amount,
        payerName: m.payerName ? join(r[m.payerName]) : '',
        payerAccount: m.payerAccount ? join(r[m.payerAccount]) : '',
        reference: m.reference ? join(r[m.reference]) : '',
        memo: join(...(m.memo ?? []).map((c) => r[c])),
      };
    },
  };
}

/** Column mappings of the banks whose exports we have seen (shared/fixtures/statements). */
export const builtInBankMappings: Record<string, { name: string; mapping: ColumnMapping }> = {
  icbc: { name: '工商银行', mapping: { date: '交易日期', credit: '记账金额(收入)', payerName: '对方户名', payerAccount: '对方账户', memo: ['摘要', '交易场所'] } },
  cmb: { name: '招商银行', mapping: { date: '记账日期', amount: '交易金额', payerName: '对手信息', memo: ['交易摘要', '客户摘要'] } },
  abc: { name: '农业银行', mapping: { date: '交易日期', time: '交易时间', amount: '交易金额', payerName: '对手信息', reference: '日 志 号', memo: ['交易摘要', '交易附言'] } },
  boc: { name: '中国银行', mapping: { date: '记账日期', time: '记账时间', amount: '金额', payerName: '对方账户名', payerAccount: '对方卡号/账号', memo: ['交易名称', '附言'] } },
  // Legacy .xls exports. CCB's money in is 收入 (0 on spending rows). SPDB numbers its rows (顺序号) per export,
  // so that number is NOT a reference: an overlapping export numbers the same transaction differently.
  ccb: { name: '建设银行', mapping: { date: '交易日期', time: '交易时间', credit: '收入', payerName: '对方户名', payerAccount: '对方账号', memo: ['摘要', '交易地点'] } },
  spdb: { name: '浦发银行', mapping: { date: '交易日期', credit: '存入金额', payerName: '交易对手名称', payerAccount: '交易对手账号', memo: ['交易类型', '附言'] } },
};

const alipay: Layout = {
  key: 'alipay',
  name: '支付宝账单',
  source: 'alipay',
  required: ['交易时间', '交易对方', '对方账号', '收/支', '金额', '交易状态', '交易订单号'],
  extract: (r) =>
    r['收/支'] === '收入' && r['交易状态'] === '交易成功'
      ? { date: r['交易时间'] ?? '', time: '', amount: r['金额'] ?? '', payerName: join(r['交易对方']), payerAccount: join(r['对方账号']), reference: join(r['交易订单号']), memo: join(r['商品说明'], r['商家订单号'], r['备注']) }
      : null,
};

const wechatPersonal: Layout = {
  key: 'wechat',
  name: '微信支付账单（个人）',
  source: 'wechat',
  required: ['交易时间', '交易类型', '交易对方', '收/支', '金额(元)', '当前状态', '交易单号'],
  extract: (r) =>
    r['收/支'] === '收入' && !/退款|失败|关闭/.test(r['当前状态'] ?? '')
      ? { date: r['交易时间'] ?? '', time: '', amount: r['金额(元)'] ?? '', payerName: join(r['交易对方']), payerAccount: '', reference: join(r['交易单号']), memo: join(r['商品'], r['商户单号'], r['备注']) }
      : null,
};

/** WeChat Pay merchant platform bill: backtick-prefixed fields, SUCCESS/REFUND rows, a summary block at the end. */
const wechatMerchant: Layout = {
  key: 'wechat-merchant',
  name: '微信支付商户账单',
  source: 'wechat',
  required: ['交易时间', '微信订单号', '商户订单号', '用户标识', '交易状态', '应结订单金额'],
  extract: (r) =>
    r['交易状态'] === 'SUCCESS'
      ? { date: r['交易时间'] ?? '', time: '', amount: r['订单金额'] || r['应结订单金额'] || '', payerName: '', payerAccount: join(r['用户标识']), reference: join(r['商户订单号'] || r['微信订单号']), memo: join(r['商品名称'], r['商户数据包'], r['微信订单号']) }
      : null,
};

export const walletLayouts: readonly Layout[] = [alipay, wechatPersonal, wechatMerchant];
