// Layout → ESC/POS bytes. Text goes out as GB18030 in Chinese mode; styles are sent only when they change, so a
// 40-line receipt stays a few kilobytes and renders in well under a millisecond.
import iconv from 'iconv-lite';
import type { Layout, TextRow } from '../layout';
import * as cmd from './commands';

export function renderEscPos(layout: Layout): Buffer {
  const parts: Uint8Array[] = [cmd.initialize(), cmd.chineseModeOn()];
  let state = { align: 'left', bold: false, underline: false, width: 1, height: 1 } as Omit<TextRow, 'kind' | 'text'>;
  for (const line of layout.lines) {
    switch (line.kind) {
      case 'text': {
        if (line.align !== state.align) parts.push(cmd.align(line.align));
        if (line.bold !== state.bold) parts.push(cmd.bold(line.bold));
        if (line.underline !== state.underline) parts.push(cmd.underline(line.underline));
        if (line.width !== state.width || line.height !== state.height) parts.push(cmd.size(line.width, line.height));
        state = { align: line.align, bold: line.bold, underline: line.underline, width: line.width, height: line.height };
        if (line.text !== '') parts.push(iconv.encode(line.text, 'gb18030'));
        parts.push(Uint8Array.of(cmd.LF));
        break;
      }
      case 'feed':
        parts.push(cmd.feedLines(line.lines));
        break;
      case 'qr':
        parts.push(cmd.align(line.align), cmd.qrCode(Buffer.from(line.data, 'utf8'), line.size, line.ecc));
        // The QR code leaves the alignment set; the next text row restores its own.
        state = { ...state, align: line.align };
        break;
      case 'cut':
        parts.push(cmd.cut(line.mode));
        break;
      case 'drawer':
        parts.push(cmd.drawerKick(line.pin, line.t1, line.t2));
        break;
    }
  }
  return Buffer.concat(parts);
}
