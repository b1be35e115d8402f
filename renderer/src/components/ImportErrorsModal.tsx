// The per-row report of a refused import: row number as the spreadsheet shows it, the column, what is wrong.
import { Alert, Modal, ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowError } from '../api/errors';

interface Props {
  summary: string;
  errors: readonly RowError[];
  onClose: () => void;
}

export function ImportErrorsModal({ summary, errors, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('io.errorsTitle')} size="xl">
      <Alert color="red" mb="sm" role="alert">
        {summary}
      </Alert>
      <ScrollArea.Autosize mah="60vh">
        <Table striped withTableBorder stickyHeader aria-label={t('io.errorsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('io.row')}</Table.Th>
              <Table.Th w={160}>{t('io.column')}</Table.Th>
              <Table.Th>{t('io.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.column ?? ''}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Modal>
  );
}
