// Streaming text decoding for association files too big to hold as one string. Same rule as imports/decode.ts
// (decodeText) for whole files: a BOM decides (UTF-8, UTF-16LE/BE); else strict UTF-8 over the whole file; else
// GB18030 (a superset of GBK). Strict UTF-8 can only fail part-way through a stream, so the caller restarts the
// file in GB18030 on NotUtf8 — before anything is written, so a restart costs time, never data.
// Multi-byte characters split across chunks are carried over by the decoders (TextDecoder stream mode, iconv-lite).
import iconv from 'iconv-lite';
import { AppError } from '../../shared/errors';

export type StreamEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Thrown when a file without BOM turns out not to be UTF-8: decode it again as GB18030. */
export class NotUtf8 extends Error {
  constructor() {
    super('not utf-8');
  }
}

interface Decoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

function webDecoder(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', onError: () => Error): Decoder {
  const d = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const run = (f: () => string) => {
    try {
      return f();
    } catch {
      throw onError();
    }
  };
  return { write: (chunk) => run(() => d.decode(chunk, { stream: true })), end: () => run(() => d.decode()) };
}

/**
 * ICU's GB18030 decoder runs natively, about twice as fast as iconv-lite's JavaScript one, and decodes valid text
 * identically (they differ only in how many U+FFFD an invalid sequence becomes, and any U+FFFD is refused). A Node
 * or Electron built with small ICU lacks it: iconv-lite then.
 */
function gb18030Decoder(): Decoder {
  try {
    const d = new TextDecoder('gb18030');
    return { write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
  } catch {
    const d = iconv.getDecoder('gb18030');
    return { write: (chunk) => d.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => d.end() ?? '' };
  }
}

const BOMS: { bytes: number[]; encoding: StreamEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

export class TextStreamDecoder {
  private decoder: Decoder | null = null;
  private head: Uint8Array = new Uint8Array(0);
  encoding: StreamEncoding | null = null;

  /** `forceGb18030` after a NotUtf8 restart. */
  constructor(private readonly forceGb18030 = false) {}

  write(chunk: Uint8Array): string {
    if (this.decoder) return this.decoder.write(chunk);
    // A BOM is up to 3 bytes: wait for them before choosing.
    const head = concat(this.head, chunk);
    if (head.length < 3) {
      this.head = head;
      return '';
    }
    return this.start(head);
  }

  end(): string {
    const rest = this.decoder ? '' : this.start(this.head);
    return rest + (this.decoder?.end() ?? '');
  }

  private start(head: Uint8Array): string {
    const bom = this.forceGb18030 ? undefined : BOMS.find((b) => b.bytes.every((x, i) => head[i] === x));
    const encoding: StreamEncoding = bom?.encoding ?? (this.forceGb18030 ? 'gb18030' : 'utf-8');
    this.encoding = encoding;
    if (encoding === 'gb18030') this.decoder = gb18030Decoder();
    else if (bom) this.decoder = webDecoder(encoding, () => new AppError('IMPORT_ENCODING'));
    else this.decoder = webDecoder('utf-8', () => new NotUtf8());
    return this.decoder.write(head.subarray(bom ? bom.bytes.length : 0));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
