// The loading list with each product's base unit, so a printed line can say "3箱2瓶" (the view in van-views.ts
// names only the unit the line was entered in).
import type { Actor, Core } from '../shared/context';
import { loadingList, type LoadingList } from './van-views';

export type PrintableLoadingList = Omit<LoadingList, 'lines'> & { lines: (LoadingList['lines'][number] & { baseUnit: string })[] };

/** The base unit (瓶, 袋…) of each line's product in a document, by line number. */
export function baseUnitsByLine(core: Core, docId: string): Map<number, string> {
  const rows = core.sqlite
    .prepare<[string], { lineNo: number; baseUnit: string }>(
      'SELECT l.line_no AS lineNo, p.base_unit AS baseUnit FROM stock_document_lines l JOIN products p ON p.id = l.product_id WHERE l.doc_id = ?',
    )
    .all(docId);
  return new Map(rows.map((r) => [r.lineNo, r.baseUnit]));
}

export function printableLoadingList(core: Core, actor: Actor, docId: string): PrintableLoadingList {
  const list = loadingList(core, actor, docId);
  const units = baseUnitsByLine(core, docId);
  return { ...list, lines: list.lines.map((l) => ({ ...l, baseUnit: units.get(l.lineNo) ?? l.unitName })) };
}
