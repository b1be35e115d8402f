import type { Shape } from '../shape';
import type { io as zh } from '../zh-CN/io';

export const io: Shape<typeof zh> = {
  import: 'Import',
  export: 'Export Excel',
  template: 'Template',
  fileHint: '.xlsx or .csv (UTF-8 or GBK); if any row is wrong, nothing from the file is imported',
  importDone: 'Import finished',
  importCounts: '{{created}} created, {{updated}} updated ({{rows}} rows)',
  failed: 'Failed',
  errorsTitle: 'Import failed: the rows with errors',
  row: 'Row',
  column: 'Column',
  problem: 'Problem',
};
