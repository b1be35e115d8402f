// Cuts the serial byte stream into scans. Serial data arrives in arbitrary chunks: one scan may be split over
// several chunks, several scans may share one chunk, and CRLF may be split between two. Framing works on bytes,
// before decoding, because a chunk can end in the middle of a multi-byte 汉字; GB18030 and UTF-8 never use 0x0D or
// 0x0A inside a character, so cutting at CR/LF is always safe.
import type { ScanSuffix } from '../../core/devices/scanner-config';

const CR = 0x0d;
const LF = 0x0a;

/** A scan longer than this is line noise (wrong baud rate) rather than a code; it is dropped, not delivered. */
export const MAX_SCAN_BYTES = 4096;

export interface FramerEvents {
  frame: (bytes: Uint8Array) => void;
  /** Bytes thrown away: an over-long run without a suffix (usually a wrong baud rate). */
  overflow: (dropped: number) => void;
}

export class ScanFramer {
  private buf: number[] = [];
  /** The last byte of the previous chunk was CR and a LF may follow (suffix CRLF, or CR tolerating CRLF). */
  private afterCr = false;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly suffix: ScanSuffix,
    private readonly idleMs: number,
    private readonly on: FramerEvents,
  ) {}

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.byte(b);
    if (this.suffix === 'none') this.armIdle();
  }

  /** Ends the stream: with suffix `none` a pending scan is complete (it was ended by the pause that follows). */
  end(): void {
    this.clearIdle();
    if (this.suffix === 'none') this.emit();
    this.buf = [];
  }

  /** Bytes held back waiting for a suffix (a scan cut off by an unplug has some). */
  get pending(): number {
    return this.buf.length;
  }

  private byte(b: number): void {
    switch (this.suffix) {
      case 'CR':
      case 'LF':
        // A scanner set to CR that actually sends CRLF (or LF set, CRLF sent) must not yield empty scans, so any
        // CR or LF ends a scan and an empty scan is never delivered.
        if (b === CR || b === LF) return this.emit();
        break;
      case 'CRLF':
        if (b === LF && this.afterCr) {
          this.afterCr = false;
          return this.emit();
        }
        if (this.afterCr) this.buf.push(CR);
        this.afterCr = b === CR;
        if (this.afterCr) return;
        break;
      case 'none':
        break;
    }
    this.buf.push(b);
    if (this.buf.length > MAX_SCAN_BYTES) {
      this.on.overflow(this.buf.length);
      this.buf = [];
    }
  }

  private emit(): void {
    if (this.buf.length === 0) return;
    const bytes = Uint8Array.from(this.buf);
    this.buf = [];
    this.on.frame(bytes);
  }

  private armIdle(): void {
    this.clearIdle();
    if (this.buf.length === 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.emit();
    }, this.idleMs);
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
