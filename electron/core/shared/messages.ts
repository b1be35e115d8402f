// Every message a person can see from the server side, zh-CN first, English second. Keys are stable error codes.
export type Lang = 'zh-CN' | 'en';

const messages = {
  INTERNAL: { 'zh-CN': '系统内部错误，请联系管理员', en: 'Internal error; please contact the administrator' },
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
    'zh-CN': '必须有且只有一个换算数为 1 的基本单位“{unit}”',
    en: 'Exactly one base unit "{unit}" with factor 1 is required',
  },
  UNIT_DUPLICATE: { 'zh-CN': '单位“{unit}”重复', en: 'Unit "{unit}" appears twice' },
  UNIT_IN_USE: { 'zh-CN': '单位“{unit}”已被价格或条码使用，不能删除', en: 'Unit "{unit}" is in use and cannot be removed' },
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
  GS1_MALFORMED: { 'zh-CN': 'GS1 条码无法解析：{detail}', en: 'The GS1 code cannot be read: {detail}' },
  GS1_DATE: { 'zh-CN': 'GS1 日期“{value}”无效', en: 'GS1 date "{value}" is invalid' },
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
