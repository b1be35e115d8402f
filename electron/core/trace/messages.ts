// Messages of trace codes (箱码/盒码/瓶码), their association files and diversion (窜货), zh-CN first. Spread into
// the one message table in shared/messages.ts; kept here so the trace codes read together.
export const traceMessages = {
  TRACE_CODE_UNKNOWN: { 'zh-CN': '追溯码“{code}”未登记', en: 'Trace code "{code}" is not registered' },
  TRACE_SCAN_DUPLICATE: { 'zh-CN': '追溯码“{code}”重复扫描', en: 'Trace code "{code}" was scanned twice' },
  TRACE_SCAN_INSIDE: {
    'zh-CN': '追溯码“{code}”在已扫描的“{outer}”之内，不能重复计数',
    en: 'Trace code "{code}" is inside "{outer}", which was already scanned; it cannot count twice',
  },
  TRACE_SCAN_CONTAINS: {
    'zh-CN': '追溯码“{code}”包含已扫描的“{inner}”，不能重复计数',
    en: 'Trace code "{code}" contains "{inner}", which was already scanned; it cannot count twice',
  },
  TRACE_ALREADY_RECEIVED: {
    'zh-CN': '追溯码“{code}”已有出入库记录（{date}，“{on}”），不能重复收货',
    en: 'Trace code "{code}" already has stock history ({date}, "{on}") and cannot be received again',
  },
  TRACE_FOREIGN: {
    'zh-CN': '追溯码“{code}”登记在其他经销商“{registeredTo}”名下，疑似窜货',
    en: 'Trace code "{code}" is registered to another distributor ("{registeredTo}"): possible diversion',
  },
  TRACE_NOT_RECEIVED: {
    'zh-CN': '追溯码“{code}”还没有入库',
    en: 'Trace code "{code}" has not been received',
  },
  TRACE_NOT_IN_WAREHOUSE: {
    'zh-CN': '追溯码“{code}”不在“{warehouse}”（当前在“{actual}”），不能从这里调出',
    en: 'Trace code "{code}" is not in "{warehouse}" (it is in "{actual}") and cannot leave from there',
  },
  TRACE_MOVE_NOT_ON_DOC: {
    'zh-CN': '追溯码“{code}”的商品“{product}”不在单据{number}的明细中',
    en: 'Trace code "{code}" holds "{product}", which is not on document {number}',
  },
  TRACE_MOVE_TOO_MANY: {
    'zh-CN': '单据{number}中“{product}”只有 {qty}，扫描的追溯码共 {scanned}',
    en: 'Document {number} has {qty} of "{product}", but the scanned trace codes hold {scanned}',
  },
  TRACE_AT_CUSTOMER: {
    'zh-CN': '追溯码“{code}”已于 {date} 发给客户“{customer}”',
    en: 'Trace code "{code}" was shipped to customer "{customer}" on {date}',
  },
  TRACE_WRITTEN_OFF: {
    'zh-CN': '追溯码“{code}”已于 {date} 报损出库',
    en: 'Trace code "{code}" was written off on {date}',
  },
  TRACE_NOT_AT_CUSTOMER: {
    'zh-CN': '追溯码“{code}”不在客户处，不能退货',
    en: 'Trace code "{code}" is not at a customer and cannot be returned',
  },
  TRACE_OPENED: {
    'zh-CN': '“{code}”已拆开：其中的“{inner}”已单独出入库，请扫描剩余的盒码或瓶码',
    en: '"{code}" was opened: "{inner}" inside it moved on its own; scan the remaining boxes or bottles',
  },
  TRACE_EVENT_WAREHOUSE: {
    'zh-CN': '追溯码“{code}”的入库、调拨或退货记录必须指定仓库',
    en: 'Receiving, moving or returning trace code "{code}" needs a warehouse',
  },
  TRACE_EVENT_CUSTOMER: {
    'zh-CN': '追溯码“{code}”的发货记录必须指定客户',
    en: 'Shipping trace code "{code}" needs a customer',
  },
  TRACE_DIVERSION_REGION: {
    'zh-CN': '客户“{customer}”的区域“{region}”不在本经销商的销售区域内（{allowed}），发货即窜货',
    en: 'Customer "{customer}" is in region "{region}", outside our territory ({allowed}): shipping there is diversion',
  },
  TRACE_DIVERSION_NO_REGION: {
    'zh-CN': '客户“{customer}”没有填写区域，无法确认是否在销售区域内（{allowed}）',
    en: 'Customer "{customer}" has no region, so it cannot be checked against our territory ({allowed})',
  },
  TRACE_DIVERSION_CHANNEL: {
    'zh-CN': '客户“{customer}”的渠道“{channel}”不在该商品允许的渠道内（{allowed}）',
    en: 'Customer "{customer}" is in channel "{channel}", which this product may not be sold to ({allowed})',
  },
  TRACE_DIVERSION_NO_CHANNEL: {
    'zh-CN': '客户“{customer}”没有填写渠道，无法确认是否属于该商品允许的渠道（{allowed}）',
    en: 'Customer "{customer}" has no channel, so it cannot be checked against the channels allowed ({allowed})',
  },
  TRACE_IMPORT_FAILED: {
    'zh-CN': '追溯码文件导入失败：共 {count} 处错误，未导入任何追溯码',
    en: 'The trace code file was not imported: {count} errors; no code was imported',
  },
  TRACE_IMPORT_FILE: { 'zh-CN': '无法读取文件“{file}”：{detail}', en: 'Cannot read file "{file}": {detail}' },
  TRACE_IMPORT_FILE_TYPE: {
    'zh-CN': '追溯码关联文件只能是 .csv、.txt 或 .tsv 文件',
    en: 'A trace code association file must be a .csv, .txt or .tsv file',
  },
  TRACE_IMPORT_PATH_REMOTE: {
    'zh-CN': '只有在仓库电脑上才能按路径导入文件，请改为上传文件',
    en: 'Importing from a file path works only on the warehouse PC; upload the file instead',
  },
  TRACE_IMPORT_LAYOUT: {
    'zh-CN': '无法判断文件格式：第 1 行不是表头，且有 {count} 列（无表头时应为 2 列“父码,子码”或 3 列“箱码,盒码,瓶码”），请指定各列含义',
    en: 'Cannot tell the layout: line 1 is not a header and has {count} columns (without a header, 2 columns "parent,child" or 3 columns "case,box,item" are expected); say what each column holds',
  },
  TRACE_IMPORT_COLUMNS: {
    'zh-CN': '文件中没有追溯码列：需要“父码、子码”或“箱码、盒码、瓶码”中的列',
    en: 'The file has no trace code column: "parent, child" or "case, box, item" columns are needed',
  },
  TRACE_IMPORT_MIXED_LAYOUT: {
    'zh-CN': '“父码、子码”列不能与“箱码、盒码、瓶码”列同时使用',
    en: '"parent, child" columns cannot be mixed with "case, box, item" columns',
  },
  TRACE_IMPORT_FIELDS: {
    'zh-CN': '第 {line} 行有 {actual} 列，应为 {expected} 列',
    en: 'Line {line} has {actual} columns; {expected} expected',
  },
  TRACE_IMPORT_ENCODING: {
    'zh-CN': '第 {line} 行含有无法识别的字符：文件编码有误，请以 UTF-8 或 GBK 保存',
    en: 'Line {line} has characters that cannot be read: the file is mis-encoded; save it as UTF-8 or GBK',
  },
  TRACE_IMPORT_CODE_FORMAT: {
    'zh-CN': '第 {line} 行“{column}”的追溯码“{code}”格式不正确（只能是 1~128 位字母、数字或符号，不含空格和汉字）',
    en: 'Line {line}: trace code "{code}" in "{column}" is malformed (1 to 128 letters, digits or symbols; no spaces or Chinese characters)',
  },
  TRACE_IMPORT_EMPTY_CODE: { 'zh-CN': '第 {line} 行没有追溯码', en: 'Line {line} has no trace code' },
  TRACE_IMPORT_DUPLICATE: {
    'zh-CN': '第 {line} 行：追溯码“{code}”与第 {first} 行重复',
    en: 'Line {line}: trace code "{code}" repeats line {first}',
  },
  TRACE_IMPORT_TWO_PARENTS: {
    'zh-CN': '第 {line} 行：“{code}”已在第 {first} 行属于“{parent}”，不能再属于“{other}”',
    en: 'Line {line}: "{code}" already belongs to "{parent}" (line {first}) and cannot also belong to "{other}"',
  },
  TRACE_IMPORT_CYCLE: {
    'zh-CN': '第 {line} 行：“{code}”的上下级关系形成循环（{path}）',
    en: 'Line {line}: the nesting of "{code}" forms a loop ({path})',
  },
  TRACE_IMPORT_TOO_DEEP: {
    'zh-CN': '第 {line} 行：“{code}”嵌套超过三层（箱、盒、瓶）：{path}',
    en: 'Line {line}: "{code}" is nested more than three levels deep (case, box, item): {path}',
  },
  TRACE_IMPORT_LEVEL: {
    'zh-CN': '第 {line} 行：层级“{value}”无效，可填：箱、盒、瓶（case、box、item）',
    en: 'Line {line}: level "{value}" is invalid; allowed: case, box, item (箱、盒、瓶)',
  },
  TRACE_IMPORT_LEVEL_CONFLICT: {
    'zh-CN': '第 {line} 行：“{code}”与上级“{parent}”的层级不符（只能瓶装在盒或箱里、盒装在箱里）',
    en: 'Line {line}: the level of "{code}" does not fit its parent "{parent}" (items go in boxes or cases, boxes in cases)',
  },
  TRACE_IMPORT_LEVEL_TWICE: {
    'zh-CN': '第 {line} 行：“{code}”在第 {first} 行属于另一层级（箱、盒、瓶不能混用同一个码）',
    en: 'Line {line}: "{code}" is on another level on line {first} (one code cannot be a case, box and item at once)',
  },
  TRACE_IMPORT_EXISTS: {
    'zh-CN': '第 {line} 行：追溯码“{code}”已经登记过',
    en: 'Line {line}: trace code "{code}" is already registered',
  },
  TRACE_IMPORT_GTIN: {
    'zh-CN': '第 {line} 行：商品条码“{gtin}”不正确（应为 8、12、13 或 14 位数字且校验位正确）',
    en: 'Line {line}: product barcode "{gtin}" is invalid (8, 12, 13 or 14 digits with a correct check digit)',
  },
  TRACE_IMPORT_GTIN_UNKNOWN: {
    'zh-CN': '第 {line} 行：商品条码“{gtin}”不属于任何商品，请先在商品资料中登记',
    en: 'Line {line}: product barcode "{gtin}" belongs to no product; add it to the catalog first',
  },
  TRACE_IMPORT_SKU_UNKNOWN: {
    'zh-CN': '第 {line} 行：商品编码“{sku}”不存在',
    en: 'Line {line}: product code "{sku}" does not exist',
  },
  TRACE_IMPORT_DATE: {
    'zh-CN': '第 {line} 行：“{column}”的日期“{value}”无效（应为 YYYY-MM-DD 或 YYYYMMDD）',
    en: 'Line {line}: date "{value}" in "{column}" is invalid (YYYY-MM-DD or YYYYMMDD expected)',
  },
  TRACE_IMPORT_NO_PRODUCT: {
    'zh-CN': '第 {line} 行：追溯码“{code}”没有对应商品：请在文件中提供商品条码列，或导入时选择商品',
    en: 'Line {line}: trace code "{code}" has no product: add a product barcode column or choose the product when importing',
  },
  TRACE_IMPORT_TOO_MANY_ERRORS: {
    'zh-CN': '错误太多，只列出前 {shown} 处',
    en: 'Too many errors; only the first {shown} are listed',
  },
} as const;
