// Importing a statement file: read (async: .xlsx unzips), parse and validate everything, then ONE synchronous
// transaction that records the file and its new lines. The same file again (same SHA-256) or an overlapping
// export (same line hashes) adds nothing. Any error leaves the database as it was.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { statementFiles } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { findHeader, parseStatement } from './parse';
import { layoutsFor } from './mappings';
import { readRows } from './read';

export interface ImportStatementInput {
  fileName: string;
  bytes: Uint8Array;
  /** A bank mapping key (icbc, cmb… or a saved one) or a wallet layout; omitted = detect. */
  mappingKey?: string;
}

export interface ImportStatementResult {
  fileId: string;
  duplicateFile: boolean;
  layout: string;
  lines: number;
  newLines: number;
  skipped: number;
}

export async function importStatement(core: Core, actor: Actor, input: ImportStatementInput): Promise<ImportStatementResult> {
  const rows = await readRows(input.bytes, input.fileName);
  const layouts = layoutsFor(core, input.mappingKey);
  if (input.mappingKey && layouts.length === 0) throw new AppError('STATEMENT_LAYOUT', { detail: input.mappingKey });
  if (input.mappingKey && !findHeader(rows, layouts)) {
    // The accountant chose this mapping: name the first of its columns the file lacks.
    const present = new Set(rows.slice(0, 60).flat());
    const missing = layouts[0]?.required.find((c) => !present.has(c));
    if (missing) throw new AppError('STATEMENT_MAPPING', { column: missing });
  }
  const parsed = parseStatement(rows, layouts);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return importParsed(core, actor, { sha256, fileName: input.fileName, parsed });
}

function importParsed(core: Core, actor: Actor, f: { sha256: string; fileName: string; parsed: ReturnType<typeof parseStatement> }): ImportStatementResult {
  const same = core.db.select().from(statementFiles).where(eq(statementFiles.sha256, f.sha256)).get();
  if (same) {
    // Nothing to write, not even an audit row: importing the same file twice changes nothing.
    return { fileId: same.id, duplicateFile: true, layout: same.layout, lines: same.lineCount, newLines: 0, skipped: f.parsed.skipped };
  }
  return mutate(
    core,
    actor,
    (r) => ({ action: 'statement.import', entity: 'statement_file', entityId: r.fileId, data: { fileName: f.fileName, layout: r.layout, lines: r.lines, newLines: r.newLines } }),
    () => {
      const fileId = newId();
      const { layout, lines } = f.parsed;
      // Lines already imported from an overlapping export are left out; the file row records how many were new.
      const known = core.sqlite.prepare('SELECT 1 FROM statement_lines WHERE line_hash = ?');
      const fresh = lines.filter((l) => known.get(l.lineHash) === undefined);
      const added = fresh.length;
      core.db
        .insert(statementFiles)
        .values({ id: fileId, sha256: f.sha256, source: layout.source, layout: layout.key, fileName: f.fileName, lineCount: lines.length, newLines: added, importedAt: core.now().toISOString(), importedBy: actor.userId })
        .run();
      const insert = core.sqlite.prepare(
        `INSERT INTO statement_lines (id, file_id, line_hash, source, txn_time, business_date, amount, payer_name, payer_account, reference, memo, raw)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const l of fresh) {
        insert.run(newId(), fileId, l.lineHash, l.source, l.txnTime, l.businessDate, l.amount, l.payerName, l.payerAccount, l.reference, l.memo, JSON.stringify(l.raw));
      }
      return { fileId, duplicateFile: false, layout: layout.key, lines: lines.length, newLines: added, skipped: f.parsed.skipped };
    },
  );
}

