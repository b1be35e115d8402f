// Imports a brand's shipment notice file (.xlsx, .csv/.txt in UTF-8 or GBK, .json); row errors in a table.
import { Button, FileButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, rowErrors, type RowError } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { fileToBase64 } from '../../components/download';
import { IconUpload } from '../../components/icons';
import { ImportErrorsModal } from '../../components/ImportErrorsModal';

export function AsnImportButton() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [report, setReport] = useState<{ summary: string; errors: RowError[] } | null>(null);
  const importAsn = useMutation(
    trpc.receiving.importAsn.mutationOptions({
      onSuccess: (r) => {
        notifications.show({ color: 'green', message: t('receiving.start.imported', { count: r.asns.length }) });
        void queryClient.invalidateQueries({ queryKey: trpc.receiving.asns.queryKey() });
      },
      onError: (err) => {
        const errors = rowErrors(err);
        const message = errorText(err, t('common.errors.network'));
        if (errors.length > 0) setReport({ summary: message, errors });
        else notifications.show({ color: 'red', message });
      },
    }),
  );
  const pick = async (file: File | null) => {
    if (file) importAsn.mutate({ fileName: file.name, contentBase64: await fileToBase64(file) });
  };
  return (
    <>
      <FileButton onChange={(f) => void pick(f)} accept=".xlsx,.csv,.txt,.json">
        {(props) => (
          <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={importAsn.isPending}>
            {t('receiving.start.importAsn')}
          </Button>
        )}
      </FileButton>
      {report ? <ImportErrorsModal summary={report.summary} errors={report.errors} onClose={() => setReport(null)} /> : null}
    </>
  );
}
