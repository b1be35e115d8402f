// Splits decoded text into lines as it arrives, numbering them as an editor does (the first line is 1), so that
// errors can name the line. Accepts LF and CRLF endings; a last line without an ending still counts. A line is
// handed over as a range of the decoded text, not a copy: a million lines, most of whose fields are read in place.
export type LineHandler = (text: string, start: number, end: number, lineNo: number) => void;

/** Control characters other than tab, LF and CR, and U+FFFD: signs of a binary or mis-encoded file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const BAD_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

export class LineSplitter {
  private rest = '';
  private lineNo = 0;

  constructor(private readonly onLine: LineHandler) {}

  get lines(): number {
    return this.lineNo;
  }

  push(text: string): void {
    if (text === '') return;
    const data = this.rest === '' ? text : this.rest + text;
    let start = 0;
    let nl = data.indexOf('\n');
    while (nl !== -1) {
      const end = nl > start && data.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.onLine(data, start, end, ++this.lineNo);
      start = nl + 1;
      nl = data.indexOf('\n', start);
    }
    this.rest = data.slice(start);
  }

  end(): void {
    if (this.rest !== '') {
      const line = this.rest;
      this.rest = '';
      this.onLine(line, 0, line.endsWith('\r') ? line.length - 1 : line.length, ++this.lineNo);
    }
  }
}
