// Every message a person can see from the server side, zh-CN first, English second. Keys are stable error codes.
import { deviceMessages } from '../devices/messages';
import { fulfilmentMessages, salesDocMessages } from '../sales/order-codes-messages';
import { financeMessages } from '../finance/messages';
import { rebateMessages } from '../rebates/messages';
import { promotionMessages } from '../sales/promotions-messages';
import { returnMessages } from '../sales/returns-messages';
import { salesOrderMessages } from '../sales/orders-messages';
import { traceMessages } from '../trace/messages';
import { locationMessages } from '../stock/locations-messages';

export type Lang = 'zh-CN' | 'en';

const messages = {
  INTERNAL: { 'zh-CN': '系统内部错误，请联系管理员', en: 'Internal error; please contact the administrator' },
  FIELD_TYPE: { 'zh-CN': '缺少或类型不对（应为 {expected}）', en: 'missing or of the wrong type ({expected} expected)' },
  VALIDATION: { 'zh-CN': '输入有误：{detail}', en: 'Invalid input: {detail}' },
  UNAUTHORIZED: { 'zh-CN': '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  FORBIDDEN: { 'zh-CN': '当前角色（{role}）无权执行此操作', en: 'Your role ({role}) may not do this' },
  NOT_FOUND: { 'zh-CN': '找不到{what}', en: '{what} not found' },
  DUPLICATE: { 'zh-CN': '{what}“{value}”已存在', en: '{what} "{value}" already exists' },
  LOGIN_FAILED: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  LOGIN_THROTTLED: {
    'zh-CN': '登录失败次数过多，请 {seconds} 秒后再试',
    en: 'Too many failed sign-ins; try again in {seconds} seconds',
  },
  SETUP_DONE: { 'zh-CN': '系统已完成初始化，不能再创建首个店主账号', en: 'Setup is already done' },
  USERNAME_FORMAT: {
    'zh-CN': '用户名只能包含字母、数字、下划线、点和短横线',
    en: 'A username may contain only letters, digits, underscore, dot and dash',
  },
  PASSWORD_WEAK: { 'zh-CN': '密码至少 8 位', en: 'The password needs at least 8 characters' },
  USER_INACTIVE: { 'zh-CN': '该账号已停用', en: 'This account is disabled' },
  LAST_OWNER: { 'zh-CN': '至少要保留一个启用的店主账号', en: 'At least one active owner account must remain' },
  DB_TOO_NEW: {
    'zh-CN': '数据库由更新版本的程序写入，请升级本程序后再打开',
    en: 'The database was written by a newer version; upgrade this program to open it',
  },
  DB_FOREIGN: { 'zh-CN': '该文件不是本系统的数据库', en: 'This file is not a DMS database' },
  BARCODE_CHECK_DIGIT: {
    'zh-CN': '条码“{code}”校验位错误：应为 {expected}，实际为 {actual}',
    en: 'Barcode "{code}" has a wrong check digit: expected {expected}, got {actual}',
  },
  BARCODE_FORMAT: {
    'zh-CN': '条码“{code}”格式不正确（应为 8、12、13 或 14 位数字）',
    en: 'Barcode "{code}" is malformed (8, 12, 13 or 14 digits expected)',
  },
  BARCODE_TAKEN: {
    'zh-CN': '条码“{code}”已被商品“{product}”使用',
    en: 'Barcode "{code}" is already used by "{product}"',
  },
  UNIT_FACTOR: { 'zh-CN': '单位“{unit}”的换算数必须是正整数', en: 'Unit "{unit}" needs a positive whole factor' },
  UNIT_BASE: {
    'zh-CN': '必须有且只有一个换算数为 1 的基本单位（现在有 {count} 个）',
    en: 'Exactly one base unit with factor 1 is required ({count} given)',
  },
  UNIT_DUPLICATE: { 'zh-CN': '单位“{unit}”重复', en: 'Unit "{unit}" appears twice' },
  UNIT_IN_USE: {
    'zh-CN': '单位“{unit}”已被价格、限价、条码或单据使用，不能删除',
    en: 'Unit "{unit}" is used by a price, price limit, barcode or document and cannot be removed',
  },
  PRICE_LIMIT_ORDER: {
    'zh-CN': '最低限价不能高于最高限价',
    en: 'The minimum price cannot be above the maximum price',
  },
  MONEY_FORMAT: { 'zh-CN': '金额“{value}”格式不正确', en: 'Amount "{value}" is not a valid amount' },
  IMPORT_FAILED: {
    'zh-CN': '导入失败：{count} 行有错误，未导入任何数据',
    en: 'Import failed: {count} rows have errors; nothing was imported',
  },
  IMPORT_EMPTY: { 'zh-CN': '文件中没有数据行', en: 'The file has no data rows' },
  IMPORT_FORMAT: {
    'zh-CN': '无法读取文件：{detail}',
    en: 'The file cannot be read: {detail}',
  },
  IMPORT_COLUMNS: {
    'zh-CN': '缺少必需的列：{columns}',
    en: 'Required columns are missing: {columns}',
  },
  IMPORT_ENCODING: {
    'zh-CN': '文件编码无法识别（支持 UTF-8 和 GBK）',
    en: 'The file encoding is not recognised (UTF-8 and GBK are supported)',
  },
  SCAN_EMPTY: { 'zh-CN': '扫描内容为空', en: 'The scan is empty' },
  SCAN_UNKNOWN: {
    'zh-CN': '未知条码“{code}”，可以新建商品',
    en: 'Unknown code "{code}"; you can create a product for it',
  },
  SCAN_NOT_RECOGNISED: {
    'zh-CN': '无法识别的编码“{code}”：不是已登记的条码、追溯码或本系统的单据码',
    en: 'Code "{code}" is not a known barcode, trace code or document of ours',
  },
  SCAN_DOC_MALFORMED: {
    'zh-CN': '单据二维码“{code}”格式不正确（应为 DMS:前缀-年月日-序号）',
    en: 'Document QR code "{code}" is malformed (DMS:PREFIX-YYYYMMDD-NNNN expected)',
  },
  GS1_MALFORMED: {
    'zh-CN': 'GS1 条码从第 {position} 位（“{text}”）起无法解析：不是已知的应用标识符（AI）',
    en: 'The GS1 code cannot be read from position {position} ("{text}"): not a known application identifier (AI)',
  },
  GS1_LENGTH: {
    'zh-CN': 'GS1 条码第 {position} 位的 AI ({ai}) 数据长度为 {actual}，应为 {expected} 位',
    en: 'GS1 AI ({ai}) at position {position} has {actual} characters; {expected} expected',
  },
  GS1_CHARSET: {
    'zh-CN': 'GS1 条码第 {position} 位的 AI ({ai}) 含有不允许的字符“{char}”',
    en: 'GS1 AI ({ai}) has a character that is not allowed at position {position}: "{char}"',
  },
  GS1_DUPLICATE: {
    'zh-CN': 'GS1 条码中 AI ({ai}) 出现两次且内容不同',
    en: 'GS1 AI ({ai}) appears twice with different data',
  },
  GS1_DATE: { 'zh-CN': 'GS1 日期“{value}”（AI {ai}）无效', en: 'GS1 date "{value}" (AI {ai}) is invalid' },
  // Catalog and parties (brands, categories, products, prices, customers, employees, warehouses).
  BRAND_NOT_FOUND: { 'zh-CN': '找不到该品牌', en: 'Brand not found' },
  BRAND_NAME_TAKEN: { 'zh-CN': '品牌“{name}”已存在', en: 'Brand "{name}" already exists' },
  BRAND_CODE_TAKEN: { 'zh-CN': '品牌编码“{code}”已被“{name}”使用', en: 'Brand code "{code}" is already used by "{name}"' },
  CATEGORY_NOT_FOUND: { 'zh-CN': '找不到该分类', en: 'Category not found' },
  CATEGORY_TAKEN: { 'zh-CN': '分类“{name}”已存在', en: 'Category "{name}" already exists' },
  CATEGORY_PARENT: {
    'zh-CN': '上级分类不能是它自己或它的下级',
    en: 'A category cannot be its own parent or sit under one of its subcategories',
  },
  PRODUCT_NOT_FOUND: { 'zh-CN': '找不到该商品', en: 'Product not found' },
  PRODUCT_SKU_TAKEN: {
    'zh-CN': '商品编码“{sku}”已被商品“{product}”使用',
    en: 'Product code "{sku}" is already used by "{product}"',
  },
  UNIT_NOT_FOUND: { 'zh-CN': '商品没有单位“{unit}”', en: 'The product has no unit "{unit}"' },
  BARCODE_DUPLICATE: {
    'zh-CN': '条码“{code}”在同一商品中重复使用',
    en: 'Barcode "{code}" is used twice on the same product',
  },
  PRICE_LIST_NOT_FOUND: { 'zh-CN': '找不到该价格表', en: 'Price list not found' },
  PRICE_LIST_TAKEN: { 'zh-CN': '价格表“{value}”已存在', en: 'Price list "{value}" already exists' },
  PRICE_BELOW_LIMIT: {
    'zh-CN': '价格 {price} 元低于品牌最低限价 {min} 元',
    en: 'Price {price} yuan is below the brand minimum of {min} yuan',
  },
  PRICE_ABOVE_LIMIT: {
    'zh-CN': '价格 {price} 元高于品牌最高限价 {max} 元',
    en: 'Price {price} yuan is above the brand maximum of {max} yuan',
  },
  CUSTOMER_NOT_FOUND: { 'zh-CN': '找不到该客户', en: 'Customer not found' },
  CUSTOMER_CODE_TAKEN: {
    'zh-CN': '客户编码“{code}”已被“{customer}”使用',
    en: 'Customer code "{code}" is already used by "{customer}"',
  },
  EMPLOYEE_NOT_FOUND: { 'zh-CN': '找不到该员工', en: 'Employee not found' },
  EMPLOYEE_CODE_TAKEN: {
    'zh-CN': '员工编号“{code}”已被“{name}”使用',
    en: 'Employee code "{code}" is already used by "{name}"',
  },
  SALESPERSON_ROLE: {
    'zh-CN': '“{name}”不是业务员或司机，不能负责客户',
    en: '"{name}" is neither a salesperson nor a driver and cannot look after customers',
  },
  WAREHOUSE_NOT_FOUND: { 'zh-CN': '找不到该仓库', en: 'Warehouse not found' },
  WAREHOUSE_CODE_TAKEN: {
    'zh-CN': '仓库编码“{code}”已被“{name}”使用',
    en: 'Warehouse code "{code}" is already used by "{name}"',
  },
  VAN_NEEDS_DRIVER: { 'zh-CN': '车辆必须指定司机', en: 'A van needs a driver' },
  VAN_NEEDS_PLATE: { 'zh-CN': '车辆必须填写车牌号', en: 'A van needs a plate number' },
  DRIVER_ROLE: {
    'zh-CN': '“{name}”不是司机或业务员，不能驾驶车辆',
    en: '"{name}" is neither a driver nor a salesperson and cannot drive a van',
  },
  MAIN_NO_DRIVER: {
    'zh-CN': '主仓库不能指定司机或车牌',
    en: 'A main warehouse has no driver or plate',
  },
  PHONE_FORMAT: {
    'zh-CN': '电话只能包含数字、空格和 + - ( )',
    en: 'A phone number may contain only digits, spaces and + - ( )',
  },
  // Imports and exports.
  IMPORT_XLS: {
    'zh-CN': '不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入',
    en: 'Old Excel (.xls) files are not supported; save the file as .xlsx in Excel and import that',
  },
  IMPORT_SHEET_EMPTY: { 'zh-CN': '工作表中没有表头行', en: 'The worksheet has no header row' },
  IMPORT_FILE_TYPE: { 'zh-CN': '只能导入 .xlsx 或 .csv 文件', en: 'Only .xlsx and .csv files can be imported' },
  IMPORT_TOO_LARGE: { 'zh-CN': '文件太大（最大 20 MB）', en: 'The file is too large (20 MB at most)' },
  IMPORT_FORMAT_BASE64: { 'zh-CN': '文件内容传输有误，请重新选择文件', en: 'The file arrived damaged; please choose it again' },
  IMPORT_REQUIRED: { 'zh-CN': '“{column}”不能为空', en: '"{column}" must not be empty' },
  IMPORT_INTEGER: {
    'zh-CN': '“{column}”应为非负整数，实际为“{value}”',
    en: '"{column}" needs a whole number of zero or more, got "{value}"',
  },
  IMPORT_VALUE: {
    'zh-CN': '“{column}”的值“{value}”无效，可填：{allowed}',
    en: '"{column}" cannot be "{value}"; allowed: {allowed}',
  },
  IMPORT_TOO_LONG: {
    'zh-CN': '“{column}”最多 {max} 个字',
    en: '"{column}" takes at most {max} characters',
  },
  IMPORT_UNKNOWN: { 'zh-CN': '“{column}”中的“{value}”不存在', en: '"{value}" in "{column}" does not exist' },
  IMPORT_DUPLICATE_ROW: {
    'zh-CN': '“{value}”与第 {row} 行重复',
    en: '"{value}" repeats row {row}',
  },
  IMPORT_ROW_CONFLICT: {
    'zh-CN': '同一商品的“{column}”与第 {row} 行不一致',
    en: '"{column}" differs from row {row} of the same product',
  },
  // Money: receivables, receipts, handovers, statements, period lock (electron/core/finance/messages.ts).
  ...financeMessages,
  // Trace codes and diversion (electron/core/trace/messages.ts).
  ...traceMessages,
  // Stock ledger, batches and warehouse documents (receipts, transfers, vans, adjustments, stocktakes).
  STOCK_INSUFFICIENT: {
    'zh-CN': '{warehouse}的“{product}”库存不足：需要 {needed}，可用 {available}（基本单位）',
    en: 'Not enough "{product}" in {warehouse}: {needed} needed, {available} available (base units)',
  },
  STOCK_EXPIRED_ONLY: {
    'zh-CN': '{warehouse}的“{product}”可用库存不足：需要 {needed}，未过期的只有 {available}，另有 {expired} 已过期，过期商品不能出库',
    en: 'Not enough "{product}" in {warehouse}: {needed} needed, only {available} unexpired; {expired} more are expired and cannot go out',
  },
  STOCK_REVERSAL_NEGATIVE: {
    'zh-CN': '不能冲销：{warehouse}的“{product}”（批次 {batch}）现有 {available}，冲销需扣回 {needed}，库存会变为负数',
    en: 'Cannot reverse: {warehouse} holds {available} of "{product}" (batch {batch}); taking back {needed} would make stock negative',
  },
  STOCK_QTY_INVALID: {
    'zh-CN': '“{product}”的数量必须是大于 0 的整数，实际为 {qty}',
    en: 'The quantity of "{product}" must be a whole number above 0, got {qty}',
  },
  STOCK_LINES_EMPTY: { 'zh-CN': '单据没有任何明细行', en: 'The document has no lines' },
  STOCK_DOC_NOT_FOUND: { 'zh-CN': '找不到该库存单据', en: 'Warehouse document not found' },
  STOCK_DOC_NOT_PENDING: { 'zh-CN': '单据 {number} 不在待审批状态', en: 'Document {number} is not awaiting approval' },
  STOCK_DOC_ALREADY_REVERSED: {
    'zh-CN': '单据 {number} 已被 {by} 冲销，不能重复冲销',
    en: 'Document {number} was already reversed by {by}',
  },
  STOCK_DOC_NOT_POSTED: {
    'zh-CN': '单据 {number} 尚未过账，不能冲销',
    en: 'Document {number} is not posted and cannot be reversed',
  },
  STOCK_REVERSE_REVERSAL: { 'zh-CN': '冲销单 {number} 不能再冲销', en: 'Reversal {number} cannot itself be reversed' },
  STOCK_REVERSE_NEEDS_OWNER: {
    'zh-CN': '冲销调整单（报损、报废、盘点）需要店主操作',
    en: 'Only the owner may reverse an adjustment (damage, write-off, stocktake)',
  },
  WAREHOUSE_INACTIVE: { 'zh-CN': '仓库“{name}”已停用', en: 'Warehouse "{name}" is disabled' },
  WAREHOUSE_NOT_MAIN: { 'zh-CN': '“{name}”不是主仓库', en: '"{name}" is not a main warehouse' },
  WAREHOUSE_NOT_VAN: { 'zh-CN': '“{name}”不是车辆仓库', en: '"{name}" is not a van' },
  WAREHOUSE_SAME: { 'zh-CN': '调出仓库和调入仓库不能相同', en: 'The source and destination warehouse must differ' },
  VAN_NOT_YOURS: { 'zh-CN': '只能查看自己的车辆', en: 'You can only see your own van' },
  BATCH_NOT_FOUND: { 'zh-CN': '找不到该批次', en: 'Batch not found' },
  BATCH_WRONG_PRODUCT: {
    'zh-CN': '批次 {batch} 不属于商品“{product}”',
    en: 'Batch {batch} does not belong to "{product}"',
  },
  BATCH_EXPIRED: {
    'zh-CN': '“{product}”批次 {batch} 已于 {date} 过期，不能出库',
    en: 'Batch {batch} of "{product}" expired on {date} and cannot go out',
  },
  BATCH_PRODUCED_CONFLICT: {
    'zh-CN': '“{product}”批次 {batch} 已登记的生产日期为 {known}，与本次的 {given} 不一致',
    en: 'Batch {batch} of "{product}" is registered as produced on {known}, not {given}',
  },
  BATCH_EXPIRY_CONFLICT: {
    'zh-CN': '“{product}”批次 {batch} 已登记的有效期至 {known}，与本次的 {given} 不一致',
    en: 'Batch {batch} of "{product}" is registered as expiring on {known}, not {given}',
  },
  BATCH_DATE_ORDER: {
    'zh-CN': '批次 {batch} 的有效期 {expires} 早于生产日期 {produced}',
    en: 'Batch {batch} expires ({expires}) before it was produced ({produced})',
  },
  DATE_FORMAT: { 'zh-CN': '日期“{value}”格式不正确（应为 年-月-日）', en: 'Date "{value}" is not a valid YYYY-MM-DD date' },
  NEAR_EXPIRY_DAYS: {
    'zh-CN': '临期提醒天数必须是 0 到 3650 之间的整数',
    en: 'Near-expiry days must be a whole number from 0 to 3650',
  },
  ADJUSTMENT_REASON: { 'zh-CN': '请填写调整原因', en: 'Please give a reason for the adjustment' },
  TRANSFER_NOT_IN_TRANSIT: {
    'zh-CN': '调拨单 {number} 不在途，不能收货',
    en: 'Transfer {number} is not in transit and cannot be received',
  },
  TRANSFER_LINE_UNKNOWN: {
    'zh-CN': '调拨单 {number} 没有第 {line} 行',
    en: 'Transfer {number} has no line {line}',
  },
  VAN_RETURN_LINE_DUPLICATE: {
    'zh-CN': '“{product}”在回库清点中出现了两次',
    en: '"{product}" appears twice in the return count',
  },
  // Purchase orders, shipment notices (ASN) and receiving.
  PO_NOT_FOUND: { 'zh-CN': '找不到该采购单', en: 'Purchase order not found' },
  PO_NOT_DRAFT: {
    'zh-CN': '采购单 {number} 已提交，不能再修改',
    en: 'Purchase order {number} is already submitted and cannot be changed',
  },
  PO_NOT_OPEN: {
    'zh-CN': '采购单 {number} 未提交、已收完或已取消，不能收货',
    en: 'Purchase order {number} is not submitted, already received or cancelled; it cannot be received',
  },
  PO_BRAND_MISMATCH: {
    'zh-CN': '“{product}”不是品牌“{brand}”的商品',
    en: '"{product}" is not a product of brand "{brand}"',
  },
  ASN_NOT_FOUND: { 'zh-CN': '找不到该到货通知单', en: 'Shipment notice not found' },
  ASN_TAKEN: {
    'zh-CN': '品牌“{brand}”的到货通知单 {asnNo} 已经导入过',
    en: 'Shipment notice {asnNo} of brand "{brand}" was already imported',
  },
  ASN_NOT_OPEN: {
    'zh-CN': '到货通知单 {asnNo} 已收货或已取消',
    en: 'Shipment notice {asnNo} is already received or cancelled',
  },
  ASN_IN_RECEIVING: {
    'zh-CN': '到货通知单 {asnNo} 正在收货单 {number} 中收货',
    en: 'Shipment notice {asnNo} is being received in {number}',
  },
  ASN_JSON: {
    'zh-CN': 'JSON 文件格式不正确：{detail}',
    en: 'The JSON file is malformed: {detail}',
  },
  ASN_CODE_PRODUCT: {
    'zh-CN': '箱码 {code} 在追溯码登记中属于商品“{product}”，与本行商品不一致',
    en: 'Case code {code} is registered to "{product}", not to this line\'s product',
  },
  RECEIVING_NOT_FOUND: { 'zh-CN': '找不到该收货单', en: 'Receiving session not found' },
  RECEIVING_CLOSED: {
    'zh-CN': '收货单 {number} 已过账或已取消，不能再扫描或修改',
    en: 'Receipt {number} is already posted or cancelled; it cannot be scanned into or changed',
  },
  RECEIVING_EMPTY: { 'zh-CN': '收货单 {number} 还没有收到任何商品', en: 'Receipt {number} has nothing received yet' },
  RECEIVING_NOT_GOODS: {
    'zh-CN': '扫描的是单据码 {code}，请扫描商品条码或箱码',
    en: 'Code {code} is a document; scan a product barcode or case code',
  },
  RECEIVING_DAMAGED_TOO_MANY: {
    'zh-CN': '“{product}”破损数量 {damaged} 不能超过已收数量 {qty}',
    en: 'Damaged "{product}" ({damaged}) cannot exceed the quantity received ({qty})',
  },
  RECEIVING_COUNT_NEGATIVE: {
    'zh-CN': '“{product}”的已收数量不能小于 0',
    en: 'The received quantity of "{product}" cannot go below 0',
  },
  CODE_EMPTY: {
    'zh-CN': '追溯码 {code} 没有数量：未关联瓶码，商品也没有对应的包装单位',
    en: 'Trace code {code} has no quantity: no nested items and no packaging unit',
  },
  // Stocktakes.
  STOCKTAKE_NOT_FOUND: { 'zh-CN': '找不到该盘点单', en: 'Stocktake not found' },
  STOCKTAKE_OPEN: {
    'zh-CN': '仓库“{warehouse}”已有未完成的盘点单 {number}',
    en: 'Warehouse "{warehouse}" already has an unfinished stocktake {number}',
  },
  STOCKTAKE_NOT_COUNTING: {
    'zh-CN': '盘点单 {number} 已结束计数，不能再录入',
    en: 'Stocktake {number} is no longer counting',
  },
  STOCKTAKE_NOT_REVIEW: {
    'zh-CN': '盘点单 {number} 不在待审核状态',
    en: 'Stocktake {number} is not awaiting review',
  },
  STOCKTAKE_OUT_OF_SCOPE: {
    'zh-CN': '“{product}”不在本次盘点范围（分类：{category}）',
    en: '"{product}" is outside this stocktake (category {category})',
  },
  STOCKTAKE_COUNT_NEGATIVE: {
    'zh-CN': '“{product}”的盘点数量不能小于 0',
    en: 'The counted quantity of "{product}" cannot go below 0',
  },
  // Storage locations (electron/core/stock/locations-messages.ts).
  ...locationMessages,
  // End of stock messages.
  // Promotions (electron/core/sales/promotions-messages.ts).
  ...promotionMessages,
  // Returns, exchanges and gifts (electron/core/sales/returns-messages.ts).
  ...returnMessages,
  ...salesOrderMessages,
  // Order fulfilment: codes scanned out, delivery notes scanned back, receipts (electron/core/sales/order-codes-messages.ts).
  ...fulfilmentMessages,
  ...salesDocMessages,
  // Serial scanners, receipt printers and the print queue (electron/core/devices/messages.ts).
  ...deviceMessages,
  // Rebates: policies, accruals, rebate accounts, deductions (electron/core/rebates/messages.ts).
  ...rebateMessages,
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof messages;

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(messages, code);
}

/** Message for code in lang, with {param} placeholders filled in. */
export function translate(code: MessageCode, lang: Lang, params: Record<string, string | number> = {}): string {
  const template: string = messages[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

export const allMessageCodes = () => Object.keys(messages) as MessageCode[];
