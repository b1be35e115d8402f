// The PDF service the API hands procedures: Chromium renders A4 HTML (with the CJK font) to a download; without a
// renderer the refusal is a translated AppError, not a crash.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIME } from '../../electron/api/contract/files';
import { fileDownload, pdfDownload } from '../../electron/api/files';
import { createServices } from '../../electron/api/services';
import { AppError } from '../../electron/core/shared/errors';
import { translate } from '../../electron/core/shared/messages';
import { servicesWithPdf } from '../helpers/api';

const services = servicesWithPdf();
afterAll(() => services.pdf.close?.());

describe('files', () => {
  it('encodes bytes as base64 with their type', () => {
    const f = fileDownload('a.csv', Buffer.from('名称\n可乐', 'utf8'), MIME.csv);
    expect(Buffer.from(f.contentBase64, 'base64').toString('utf8')).toBe('名称\n可乐');
    expect(f).toMatchObject({ fileName: 'a.csv', mime: MIME.csv });
  });

  it('renders A4 HTML to a PDF whose text reads back in Chinese', async () => {
    const html = '<!doctype html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:15mm}body{font-family:"Noto Sans CJK SC",sans-serif}</style></head><body><h1>送货单 SO-20261203-0001</h1><p>可口可乐 330ml × 24</p></body></html>';
    const f = await pdfDownload(services.pdf, html, '送货单.pdf');
    const bytes = Buffer.from(f.contentBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(f.mime).toBe(MIME.pdf);
    const dir = mkdtempSync(join(tmpdir(), 'dms-pdf-'));
    try {
      writeFileSync(join(dir, 'a.pdf'), bytes);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('送货单 SO-20261203-0001');
      expect(text).toContain('可口可乐 330ml × 24');
      expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*1\s*页/); // the page footer
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses with a translated error where no renderer is available', async () => {
    const bare = createServices('test');
    const error = await pdfDownload(bare.pdf, '<p>x</p>', 'x.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('PDF_UNAVAILABLE');
    expect(translate('PDF_UNAVAILABLE', 'zh-CN')).toContain('PDF');
  });
});
