// Writing a checked file's codes: one prepared INSERT per code, inside the import's single transaction. A code
// the database holds already is reported on its line (and the transaction is then rolled back by the caller).
import type { Core } from '../../shared/context';
import type { LineErrors } from './line-errors';
import type { ProductTable } from './products';
import { LEVEL_NAME, NONE, type CodeRegistry } from './registry';
import type { SettledTree } from './tree';

export interface WrittenCounts {
  codes: number;
  cases: number;
  boxes: number;
  items: number;
}

export function writeCodes(core: Core, reg: CodeRegistry, products: ProductTable, tree: SettledTree, errors: LineErrors): WrittenCounts {
  const insert = core.sqlite.prepare(
    `INSERT INTO trace_codes (code, level, product_id, unit_id, parent_code, batch, produced_on, expires_on, created_at, distributor_code)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING`,
  );
  const createdAt = core.now().toISOString();
  const productIds = products.list.map((p) => p.id);
  const { product, batch, produced, expires, distributor } = reg.attrs;
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < reg.size; i++) {
    const p = reg.parent[i] as number;
    const level = reg.level[i] as number;
    const { changes } = insert.run(
      reg.codes[i],
      LEVEL_NAME[level],
      productIds[product[i] as number],
      reg.str(tree.unit[i] as number),
      p === NONE ? null : reg.codes[p],
      reg.str(batch[i] as number),
      reg.str(produced[i] as number),
      reg.str(expires[i] as number),
      createdAt,
      reg.str(distributor[i] as number),
    );
    if (changes === 0) errors.add((reg.subjectLine[i] || reg.firstLine[i]) as number, 'TRACE_IMPORT_EXISTS', { code: reg.codes[i] as string });
    else counts[level] = (counts[level] as number) + 1;
  }
  return { codes: (counts[1] as number) + (counts[2] as number) + (counts[3] as number), cases: counts[3] as number, boxes: counts[2] as number, items: counts[1] as number };
}

/** On a file that failed its checks anyway: which of its codes the database already holds, to report them too. */
export function reportExisting(core: Core, reg: CodeRegistry, errors: LineErrors): void {
  const exists = core.sqlite.prepare('SELECT 1 FROM trace_codes WHERE code = ?').pluck();
  for (let i = 0; i < reg.size; i++) {
    if (exists.get(reg.codes[i])) errors.add((reg.subjectLine[i] || reg.firstLine[i]) as number, 'TRACE_IMPORT_EXISTS', { code: reg.codes[i] as string });
  }
}
