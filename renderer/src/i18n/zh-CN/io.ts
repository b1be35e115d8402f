// 导入、导出、模板。
export const io = {
  import: '导入',
  export: '导出 Excel',
  template: '下载模板',
  fileHint: '支持 .xlsx 和 .csv（UTF-8 或 GBK）；有任何一行出错则整个文件都不导入',
  importDone: '导入完成',
  importCounts: '新增 {{created}} 条，更新 {{updated}} 条（共 {{rows}} 行）',
  failed: '操作失败',
  errorsTitle: '导入失败：错误明细',
  row: '行号',
  column: '列',
  problem: '问题',
};
