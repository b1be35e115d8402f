// Framing and decoding of serial scanner bytes, chunk by chunk, before any port is involved.
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SCAN_BYTES, ScanFramer } from '../../electron/devices/scanner/framer';
import { decodeScanBytes } from '../../electron/devices/text/decode';
import type { ScanSuffix } from '../../electron/core/devices/scanner-config';

function framerFor(suffix: ScanSuffix, idleMs = 50) {
  const frames: string[] = [];
  const dropped: number[] = [];
  const framer = new ScanFramer(suffix, idleMs, {
    frame: (b) => frames.push(Buffer.from(b).toString('latin1')),
    overflow: (n) => dropped.push(n),
  });
  const feed = (...chunks: string[]) => chunks.forEach((c) => framer.push(Buffer.from(c, 'latin1')));
  return { framer, frames, dropped, feed };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ScanFramer', () => {
  it('joins a scan split over several chunks (CR)', () => {
    const f = framerFor('CR');
    f.feed('6901', '2345', '67892', '\r');
    expect(f.frames).toEqual(['6901234567892']);
  });

  it('splits several scans that share one chunk, and keeps the unfinished tail for the next chunk', () => {
    const f = framerFor('CR');
    f.feed('111\r222\r33');
    expect(f.frames).toEqual(['111', '222']);
    expect(f.framer.pending).toBe(2);
    f.feed('3\r');
    expect(f.frames).toEqual(['111', '222', '333']);
  });

  it('takes CRLF split between two chunks as one suffix', () => {
    const f = framerFor('CRLF');
    f.feed('ABC\r', '\nDEF\r\n');
    expect(f.frames).toEqual(['ABC', 'DEF']);
  });

  it('keeps a lone CR inside a CRLF-terminated scan', () => {
    const f = framerFor('CRLF');
    f.feed('A\rB\r', '\r\n');
    expect(f.frames).toEqual(['A\rB\r']);
  });

  it('never delivers an empty scan when a CR-set scanner sends CRLF', () => {
    const f = framerFor('CR');
    f.feed('111\r\n222\r', '\n');
    expect(f.frames).toEqual(['111', '222']);
  });

  it('ends a scan on LF with suffix LF', () => {
    const f = framerFor('LF');
    f.feed('(01)06901234567892\n');
    expect(f.frames).toEqual(['(01)06901234567892']);
  });

  it('keeps GS1 group separators inside a scan', () => {
    const f = framerFor('CR');
    f.feed('0106901234567892\x1d10LOT7\r');
    expect(f.frames).toEqual(['0106901234567892\x1d10LOT7']);
  });

  it('with no suffix, a pause ends the scan', () => {
    vi.useFakeTimers();
    const f = framerFor('none', 50);
    f.feed('6901', '234567892');
    vi.advanceTimersByTime(49);
    expect(f.frames).toEqual([]);
    f.feed('');
    vi.advanceTimersByTime(50);
    expect(f.frames).toEqual(['6901234567892']);
    f.feed('42');
    f.framer.end();
    expect(f.frames).toEqual(['6901234567892', '42']);
  });

  it('drops a run longer than a scan can be (wrong baud rate noise) and says how much', () => {
    const f = framerFor('CR');
    f.feed('x'.repeat(MAX_SCAN_BYTES + 1), 'ok\r');
    expect(f.dropped).toEqual([MAX_SCAN_BYTES + 1]);
    expect(f.frames).toEqual(['ok']);
  });
});

describe('decodeScanBytes', () => {
  const gb = (s: string) => iconv.encode(s, 'gb18030');

  it('reads ASCII barcodes as they are', () => {
    expect(decodeScanBytes(Buffer.from('6901234567892'))).toBe('6901234567892');
  });

  it('auto: takes GB18030 汉字 (what Chinese scanners send) as GB18030', () => {
    expect(decodeScanBytes(gb('DMS:送货单-张三'))).toBe('DMS:送货单-张三');
    // A 4-byte GB18030 sequence (a rare character) too.
    expect(decodeScanBytes(gb('𠀀'))).toBe('𠀀');
  });

  it('auto: takes valid UTF-8 as UTF-8', () => {
    expect(decodeScanBytes(Buffer.from('门店：王记便利店', 'utf8'))).toBe('门店：王记便利店');
  });

  it('decodes as configured when the encoding is fixed', () => {
    expect(decodeScanBytes(gb('箱码'), 'gb18030')).toBe('箱码');
    expect(decodeScanBytes(Buffer.from('箱码', 'utf8'), 'utf-8')).toBe('箱码');
  });

  it('a 汉字 split across two serial chunks still decodes once the scan is framed', () => {
    const bytes = Buffer.concat([gb('批次'), Buffer.from('\r')]);
    const frames: Uint8Array[] = [];
    const framer = new ScanFramer('CR', 50, { frame: (b) => frames.push(b), overflow: () => undefined });
    framer.push(bytes.subarray(0, 3)); // ends in the middle of 次
    framer.push(bytes.subarray(3));
    expect(frames.map((b) => decodeScanBytes(b))).toEqual(['批次']);
  });
});
