// Per-line errors of one import, in the shape the API translates (code + params → message in the caller's
// language). A broken file of a million lines could have a million errors: all are counted, the first ones kept.
import type { MessageCode } from '../../shared/messages';

export interface LineError {
  line: number;
  code: MessageCode;
  params: Record<string, string | number>;
}

/** Errors kept for the report; the count goes on past it. */
export const MAX_KEPT_ERRORS = 1000;
/** Errors listed in the failure's details, lowest lines first. */
export const MAX_REPORTED_ERRORS = 200;

export class LineErrors {
  private readonly kept: LineError[] = [];
  count = 0;

  add(line: number, code: MessageCode, params: Record<string, string | number> = {}): void {
    this.count++;
    if (this.kept.length < MAX_KEPT_ERRORS) this.kept.push({ line, code, params: { line, ...params } });
  }

  /** The first errors by line number. */
  report(): LineError[] {
    return [...this.kept].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS);
  }
}
