// Every message a person can see from the server side, zh-CN first, English second. Keys are stable error codes.
import { financeMessages } from '../finance/messages';

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
