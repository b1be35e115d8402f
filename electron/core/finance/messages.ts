// Messages of the money side (receivables, receipts, handovers, statements, period lock), zh-CN first. Spread into
// the one message table in shared/messages.ts; kept here so the finance codes read together.
export const financeMessages = {
  DATE_RANGE: { 'zh-CN': '开始日期 {from} 晚于结束日期 {to}', en: 'The start date {from} is after the end date {to}' },
  PERIOD_FORMAT: { 'zh-CN': '会计期间“{value}”格式不正确（应为 年-月，如 2026-11）', en: 'Period "{value}" is invalid (YYYY-MM expected)' },
  PERIOD_CLOSED: {
    'zh-CN': '{month} 已结账，不能记入业务日期为 {date} 的单据',
    en: 'Period {month} is closed; nothing can be posted on {date}',
  },
  PERIOD_ALREADY_CLOSED: { 'zh-CN': '{month} 已经结账', en: 'Period {month} is already closed' },
  PERIOD_NOT_CLOSED: { 'zh-CN': '{month} 尚未结账，无需反结账', en: 'Period {month} is not closed' },
  PERIOD_REASON: { 'zh-CN': '反结账必须填写原因', en: 'Reopening a period needs a reason' },
  AMOUNT_POSITIVE: { 'zh-CN': '金额必须大于 0（现为 {value} 元）', en: 'The amount must be more than 0 ({value} yuan given)' },
  AR_ITEM_NOT_FOUND: { 'zh-CN': '找不到应收单据 {id}', en: 'Receivable document {id} not found' },
  AR_ALREADY_REVERSED: { 'zh-CN': '单据 {docNo} 已冲销，不能再操作', en: 'Document {docNo} has been reversed' },
  AR_CUSTOMER_MISMATCH: {
    'zh-CN': '{credit} 与 {debit} 不属于同一客户，不能核销',
    en: '{credit} and {debit} belong to different customers and cannot be allocated',
  },
  AR_HAS_ALLOCATIONS: {
    'zh-CN': '单据 {docNo} 已有核销 {amount} 元，请先取消核销再冲销',
    en: 'Document {docNo} has {amount} yuan allocated; unallocate it before reversing',
  },
  ALLOC_WRONG_SIDE: {
    'zh-CN': '只能用收款或贷项（{credit}）核销销售或退款单据（{debit}）',
    en: 'Only a receipt or credit ({credit}) can be allocated to an invoice or refund ({debit})',
  },
  ALLOC_OVER_INVOICE: {
    'zh-CN': '核销金额 {amount} 元超过 {docNo} 的未收金额 {open} 元',
    en: 'Allocating {amount} yuan exceeds the {open} yuan still open on {docNo}',
  },
  ALLOC_OVER_RECEIPT: {
    'zh-CN': '核销金额 {amount} 元超过 {docNo} 的未核销金额 {open} 元',
    en: 'Allocating {amount} yuan exceeds the {open} yuan unallocated on {docNo}',
  },
  ALLOC_NOT_FOUND: { 'zh-CN': '找不到该核销记录', en: 'Allocation not found' },
  ALLOC_ALREADY_REVERSED: { 'zh-CN': '该核销已取消', en: 'This allocation has already been undone' },
  WRITEOFF_REASON: { 'zh-CN': '抹零必须填写原因', en: 'A write-off needs a reason' },
  WRITEOFF_LIMIT: {
    'zh-CN': '抹零金额 {amount} 元超过上限 {limit} 元',
    en: 'The write-off of {amount} yuan is above the limit of {limit} yuan',
  },
  WRITEOFF_OVER_OPEN: {
    'zh-CN': '抹零金额 {amount} 元超过 {docNo} 的未收金额 {open} 元',
    en: 'The write-off of {amount} yuan exceeds the {open} yuan open on {docNo}',
  },
  RECEIPT_COLLECTOR: { 'zh-CN': '现金收款必须指定收款人（司机或业务员）', en: 'A cash receipt needs the employee who collected it' },
  HANDOVER_EXISTS: {
    'zh-CN': '{driver} 在 {date} 已交款（{docNo}）',
    en: '{driver} has already handed over cash for {date} ({docNo})',
  },
  HANDOVER_NOT_FOUND: { 'zh-CN': '找不到该交款单', en: 'Cash handover not found' },
  HANDOVER_APPROVED: { 'zh-CN': '交款单 {docNo} 已审核', en: 'Cash handover {docNo} is already approved' },
  HANDOVER_DENOMINATION: {
    'zh-CN': '面额“{value}”不存在（可用：100、50、20、10、5、1 元，5、1 角）',
    en: 'There is no "{value}" note or coin (100, 50, 20, 10, 5, 1 yuan; 5, 1 jiao)',
  },
  HANDOVER_COUNT: { 'zh-CN': '面额 {value} 的张数必须是非负整数', en: 'The count of {value} must be a whole number of zero or more' },
  EXPENSE_NOT_FOUND: { 'zh-CN': '找不到该费用', en: 'Expense not found' },
  EXPENSE_APPROVED: { 'zh-CN': '该费用已审核', en: 'This expense is already approved' },
  EXPENSE_HANDED_OVER: {
    'zh-CN': '{date} 已交款，不能再审核该日费用',
    en: 'Cash for {date} has been handed over; expenses of that day can no longer be approved',
  },
  STATEMENT_LAYOUT: {
    'zh-CN': '无法识别的对账单格式：{detail}。未导入任何数据',
    en: 'Unknown statement layout: {detail}. Nothing was imported',
  },
  STATEMENT_ENCODING: {
    'zh-CN': '对账单编码不对（应为 UTF-8 或 GBK），可能选错了文件。未导入任何数据',
    en: 'The statement is not UTF-8 or GBK text; perhaps the wrong file. Nothing was imported',
  },
  STATEMENT_XLS: {
    'zh-CN': '无法读取这个 Excel（.xls）文件（可能已损坏或加了密码），请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后导入。未导入任何数据',
    en: 'This Excel (.xls) file cannot be read (damaged or password-protected); save it as .xlsx or .csv and import that. Nothing was imported',
  },
  STATEMENT_MAPPING: {
    'zh-CN': '列映射中的“{column}”列在文件表头中找不到',
    en: 'Column "{column}" of the mapping is not in the file header',
  },
  STATEMENT_ROW: {
    'zh-CN': '第 {row} 行无法读取：{detail}。未导入任何数据',
    en: 'Row {row} cannot be read: {detail}. Nothing was imported',
  },
  STATEMENT_LINE_NOT_FOUND: { 'zh-CN': '找不到该流水', en: 'Statement line not found' },
  STATEMENT_LINE_MATCHED: { 'zh-CN': '该流水已匹配到 {docNo}', en: 'This statement line is already matched to {docNo}' },
  STATEMENT_LINE_UNMATCHED: { 'zh-CN': '该流水尚未匹配', en: 'This statement line is not matched' },
  STATEMENT_RECEIPT_MATCHED: { 'zh-CN': '收款 {docNo} 已与其他流水匹配', en: 'Receipt {docNo} is already matched to another line' },
  STATEMENT_AMOUNT_MISMATCH: {
    'zh-CN': '流水金额 {line} 元与所选金额合计 {target} 元不一致',
    en: 'The line amount {line} yuan differs from the selected total of {target} yuan',
  },
  PDF_FAILED: { 'zh-CN': '生成 PDF 失败：{detail}', en: 'The PDF could not be made: {detail}' },
} as const;
