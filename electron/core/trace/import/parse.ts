// Reading a whole association file into a registry: decode (streaming), split lines, recognise the layout on the
// first line, read every data line. Nothing touches the database except the product lookups (reads).
import type { Core } from '../../shared/context';
import { AppError } from '../../shared/errors';
import { layoutFor, type ColumnRole, type Layout } from './columns';
import { TextStreamDecoder, type StreamEncoding } from './decode-stream';
import { detectDelimiter, LineFields, splitFields } from './fields';
import { LineErrors } from './line-errors';
import { BAD_CHARS, LineSplitter } from './lines';
import { ProductTable } from './products';
import { RowReader } from './reader';
import { CodeRegistry } from './registry';
import { chunksOf, type CodeFileSource } from './source';

export interface ParsedFile {
  reg: CodeRegistry;
  products: ProductTable;
  errors: LineErrors;
  layout: Layout;
  encoding: StreamEncoding;
  lines: number;
}

export interface ParseOptions {
  columns?: readonly ColumnRole[];
  /** File size, to size the registry once: brand files run 30–70 bytes per code. */
  totalBytes?: number;
  /** Called after each chunk with the bytes read so far. */
  onBytes?: (bytes: number) => void;
}

/** Whether text[start, end) holds nothing but blanks. */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/** Throws NotUtf8 when a file without BOM is not UTF-8: parse it again with gb18030 = true. */
export async function parseCodeFile(core: Core, source: CodeFileSource, opts: ParseOptions, gb18030: boolean): Promise<ParsedFile> {
  const reg = new CodeRegistry(Math.ceil((opts.totalBytes ?? 0) / 40));
  const products = new ProductTable(core);
  const errors = new LineErrors();
  const decoder = new TextStreamDecoder(gb18030);
  let layout = null as Layout | null;
  let reader = null as RowReader | null;
  // Lines are checked for control and replacement characters only when their chunk had any: the check is a regex
  // over the line, and clean files (nearly all) skip it.
  let checkLines = false;
  let fields = null as LineFields | null;
  const splitter = new LineSplitter((text, start, end, lineNo) => {
    if (checkLines && BAD_CHARS.test(text.slice(start, end))) return errors.add(lineNo, 'TRACE_IMPORT_ENCODING');
    if (blank(text, start, end)) return;
    if (!reader || !fields) {
      const line = text.slice(start, end);
      const delimiter = detectDelimiter(line);
      const first = splitFields(line, delimiter);
      layout = layoutFor(first, opts.columns);
      reader = new RowReader(layout, layout.hasHeader ? first : layout.roles, reg, products, errors);
      fields = new LineFields(delimiter);
      if (layout.hasHeader) return;
    }
    fields.reset(text, start, end);
    if (fields.allEmpty()) return;
    reader.read(fields, lineNo);
  });
  let bytes = 0;
  let dirtyBefore = false;
  const feed = (text: string) => {
    const dirty = BAD_CHARS.test(text);
    checkLines = dirty || dirtyBefore;
    dirtyBefore = dirty;
    splitter.push(text);
  };
  for await (const chunk of chunksOf(source)) {
    feed(decoder.write(chunk));
    bytes += chunk.byteLength;
    opts.onBytes?.(bytes);
  }
  feed(decoder.end());
  checkLines = checkLines || dirtyBefore;
  splitter.end();
  if (!layout || (reg.size === 0 && errors.count === 0)) throw new AppError('IMPORT_EMPTY');
  return { reg, products, errors, layout, encoding: decoder.encoding ?? 'utf-8', lines: splitter.lines };
}
