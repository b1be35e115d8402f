// Where an association file's bytes come from: a path on the warehouse PC (streamed in 1 MB chunks, never read
// whole) or the bytes of an uploaded file.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';

export type CodeFileSource = { path: string } | { bytes: Uint8Array; fileName: string };

const CHUNK = 1 << 20;
const TEXT_FILE = /\.(csv|txt|tsv)$/i;

export const sourceName = (s: CodeFileSource): string => ('path' in s ? basename(s.path) : s.fileName);

/** Refuses anything but a text file before a byte is read; returns its size for progress. */
export function checkSource(s: CodeFileSource): number {
  if (!TEXT_FILE.test(sourceName(s))) throw new AppError('TRACE_IMPORT_FILE_TYPE');
  if (!('path' in s)) return s.bytes.byteLength;
  try {
    const st = statSync(s.path);
    if (!st.isFile()) throw new AppError('TRACE_IMPORT_FILE', { file: s.path, detail: 'not a file' });
    return st.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('TRACE_IMPORT_FILE', { file: s.path, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

export async function* chunksOf(s: CodeFileSource): AsyncGenerator<Uint8Array> {
  if (!('path' in s)) {
    for (let at = 0; at < s.bytes.byteLength; at += CHUNK) yield s.bytes.subarray(at, at + CHUNK);
    return;
  }
  const stream = createReadStream(s.path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (e) {
    throw new AppError('TRACE_IMPORT_FILE', { file: s.path, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  } finally {
    stream.destroy();
  }
}
