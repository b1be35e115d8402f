// Cells are cleaned of the decorations real exports add: WeChat merchant bills prefix every field with a backtick,
// Alipay, ICBC and CCB pad with spaces (CCB's headers too) and tab-suffix their ids.
export function cleanCell(value: string): string {
  return value.replace(/^[\s`'\t]+/, '').replace(/[\s\t]+$/, '');
}
