// Scanning the same code twice, or a case and then a box inside it, must not count goods twice. A scan list is
// checked against itself and against codes scanned earlier in the same document (`previous`).
import { descendantsOf, type CodeInfo } from './codes';
import { flag, type CodeFlag } from './flags';

export class ScanSet {
  private readonly seen: Set<string>;

  constructor(previous: Iterable<string> = []) {
    this.seen = new Set(previous);
  }

  /** Flags for `code` against everything seen so far, then remembers it. */
  add(code: string, info: CodeInfo | null): CodeFlag[] {
    if (this.seen.has(code)) return [flag('duplicate_scan', 'TRACE_SCAN_DUPLICATE', { code })];
    const flags: CodeFlag[] = [];
    if (info) {
      const outer = info.ancestors.find((a) => this.seen.has(a));
      if (outer) flags.push(flag('nested_scan', 'TRACE_SCAN_INSIDE', { code, outer }));
      const inner = descendantsOf(info).find((d) => this.seen.has(d));
      if (inner) flags.push(flag('nested_scan', 'TRACE_SCAN_CONTAINS', { code, inner }));
    }
    this.seen.add(code);
    return flags;
  }
}
