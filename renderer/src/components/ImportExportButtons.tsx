// Import (pick an .xlsx/.csv, upload, see the result or the per-row error table), template and export buttons of a
// list screen. The screen passes the calls; this handles files, progress and messages.
import { Button, FileButton, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconUpload } from './icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileOutput, ImportFileInput, ImportResult } from '../api/contract';
import { errorText, rowErrors, type RowError } from '../api/errors';
import { downloadBase64, fileToBase64 } from './download';
import { ImportErrorsModal } from './ImportErrorsModal';

interface Props {
  onImport?: (file: ImportFileInput) => Promise<ImportResult>;
  onExport: () => Promise<FileOutput>;
  onTemplate?: () => Promise<FileOutput>;
  /** After a successful import: refresh the list. */
  onImported?: () => void;
}

type Busy = 'import' | 'export' | 'template' | null;

export function ImportExportButtons({ onImport, onExport, onTemplate, onImported }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Busy>(null);
  const [report, setReport] = useState<{ summary: string; errors: RowError[] } | null>(null);

  const fail = (err: unknown) => {
    const errors = rowErrors(err);
    const message = errorText(err, t('common.errors.network'));
    if (errors.length > 0) setReport({ summary: message, errors });
    else notifications.show({ color: 'red', title: t('io.failed'), message });
  };

  const run = async (what: Exclude<Busy, null>, action: () => Promise<void>) => {
    setBusy(what);
    try {
      await action();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const importFile = (file: File | null) => {
    if (!file || !onImport) return;
    void run('import', async () => {
      const result = await onImport({ fileName: file.name, contentBase64: await fileToBase64(file) });
      notifications.show({ color: 'green', title: t('io.importDone'), message: t('io.importCounts', { created: result.created, updated: result.updated, rows: result.rows }) });
      onImported?.();
    });
  };

  const save = (what: 'export' | 'template', call: () => Promise<FileOutput>) =>
    void run(what, async () => {
      const file = await call();
      downloadBase64(file.fileName, file.contentBase64);
    });

  return (
    <Group gap="xs">
      {onImport ? (
        <FileButton onChange={importFile} accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv">
          {(props) => (
            <Tooltip label={t('io.fileHint')}>
              <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={busy === 'import'}>
                {t('io.import')}
              </Button>
            </Tooltip>
          )}
        </FileButton>
      ) : null}
      {onTemplate ? (
        <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy === 'template'} onClick={() => save('template', onTemplate)}>
          {t('io.template')}
        </Button>
      ) : null}
      <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy === 'export'} onClick={() => save('export', onExport)}>
        {t('io.export')}
      </Button>
      {report ? <ImportErrorsModal summary={report.summary} errors={report.errors} onClose={() => setReport(null)} /> : null}
    </Group>
  );
}
