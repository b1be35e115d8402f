// Importing a brand's association file (五码关联: which bottles are in which box, which boxes in which case) into
// the code registry, all or nothing. The file is streamed and checked in full first (no transaction is open while
// reading); then one transaction writes every code with one prepared statement, plus its audit row. The registry
// is brand-owned data (pulled, never pushed), so the import queues no outbox row.
import type { Actor, Core } from '../../shared/context';
import { AppError } from '../../shared/errors';
import { mutate } from '../../shared/mutate';
import type { ColumnRole } from './columns';
import { NotUtf8, type StreamEncoding } from './decode-stream';
import { MAX_KEPT_ERRORS, type LineErrors } from './line-errors';
import { parseCodeFile, type ParsedFile } from './parse';
import { NONE } from './registry';
import { checkSource, sourceName, type CodeFileSource } from './source';
import { settleTree } from './tree';
import { reportExisting, writeCodes, type WrittenCounts } from './write';

export interface CodeImportOptions {
  /** Product of codes the file names no product for (a file per production order often has no barcode column). */
  productId?: string | null;
  /** Distributor the codes are registered to when the file has no distributor column. */
  distributorCode?: string | null;
  /** What each column holds, for a file without header that is not 2 columns (parent,child) or 3 (case,box,item). */
  columns?: readonly ColumnRole[];
  onProgress?: (p: CodeImportProgress) => void;
}

export type CodeImportProgress = { phase: 'reading'; bytes: number; totalBytes: number } | { phase: 'writing'; codes: number };

export interface CodeImportResult extends WrittenCounts {
  fileName: string;
  lines: number;
  encoding: StreamEncoding;
  layout: 'pairs' | 'levels';
  ms: number;
}

export async function importCodeFile(
  core: Core,
  actor: Actor | null,
  source: CodeFileSource,
  options: CodeImportOptions = {},
): Promise<CodeImportResult> {
  const started = performance.now();
  const fileName = sourceName(source);
  const totalBytes = checkSource(source);
  const parsed = await parseEitherEncoding(core, source, options, totalBytes);
  const { reg, products, errors } = parsed;
  const product = options.productId ? products.idx(options.productId) : NONE;
  if (product === null) throw new AppError('PRODUCT_NOT_FOUND');
  const distributor = options.distributorCode ? reg.intern(options.distributorCode) : NONE;
  const tree = settleTree(reg, products, errors, { product, distributor });
  if (errors.count > 0) {
    if (errors.count < MAX_KEPT_ERRORS) reportExisting(core, reg, errors);
    throw failure(errors);
  }
  if (options.onProgress) {
    options.onProgress({ phase: 'writing', codes: reg.size });
    // The write blocks the event loop: let a caller polling for progress see this phase before it starts.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const counts = mutate(
    core,
    actor,
    (c) => ({ action: 'trace.import', entity: 'trace_codes', data: { fileName, ...c, lines: parsed.lines, encoding: parsed.encoding } }),
    () => {
      const c = writeCodes(core, reg, products, tree, errors);
      if (errors.count > 0) throw failure(errors);
      return c;
    },
  );
  return { fileName, ...counts, lines: parsed.lines, encoding: parsed.encoding, layout: parsed.layout.kind, ms: Math.round(performance.now() - started) };
}

async function parseEitherEncoding(core: Core, source: CodeFileSource, options: CodeImportOptions, totalBytes: number): Promise<ParsedFile> {
  const onBytes = options.onProgress ? (bytes: number) => options.onProgress?.({ phase: 'reading', bytes, totalBytes }) : undefined;
  try {
    return await parseCodeFile(core, source, { columns: options.columns, onBytes, totalBytes }, false);
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    return parseCodeFile(core, source, { columns: options.columns, onBytes, totalBytes }, true);
  }
}

/** The whole file refused: how many errors, and the first ones by line (each translated by the API). */
const failure = (errors: LineErrors) => new AppError('TRACE_IMPORT_FAILED', { count: errors.count }, errors.report());
