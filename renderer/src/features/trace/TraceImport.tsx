// 导入关联码: the brand's association file (五码关联: case → box → bottle, CSV/TXT, GBK or UTF-8) picked here, read on
// the server with a progress bar (trace.importProgress polled while it runs), then a result report — codes by
// level, lines, encoding, time — or the refused lines. All or nothing: a refused file adds no code.
import { Alert, Button, FileInput, Group, Paper, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { fileToBase64 } from '../../components/download';
import { ImportErrorsModal } from '../../components/ImportErrorsModal';
import { ProductPicker, type PickedProduct } from '../receiving/ProductPicker';

type ImportResult = ApiOutputs['trace']['import'];
interface Failure {
  summary: string;
  lines: { row: number; message: string }[];
}

/** The refused lines an import failure lists (data.details: { line, message }). */
function refusedLines(err: unknown): Failure['lines'] {
  const details = (err as { data?: { details?: unknown } } | null)?.data?.details;
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    const r = d as { line?: unknown; message?: unknown } | null;
    return r && typeof r.line === 'number' && typeof r.message === 'string' ? [{ row: r.line, message: r.message }] : [];
  });
}

const progressId = () => `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function TraceImport() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [file, setFile] = useState<File | null>(null);
  const [product, setProduct] = useState<PickedProduct | null>(null);
  const [distributor, setDistributor] = useState('');
  const [running, setRunning] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [showLines, setShowLines] = useState(false);
  const progress = useQuery({
    ...trpc.trace.importProgress.queryOptions({ progressId: running ?? 'none-yet' }),
    enabled: running !== null,
    refetchInterval: 250,
  });
  const run = useMutation(
    trpc.trace.import.mutationOptions({
      onSuccess: (r) => setResult(r),
      onError: (err) => setFailure({ summary: errorText(err, t('common.errors.network')), lines: refusedLines(err) }),
      onSettled: () => setRunning(null),
    }),
  );
  const start = async () => {
    if (!file || running) return;
    setResult(null);
    setFailure(null);
    const id = progressId();
    setRunning(id);
    try {
      const contentBase64 = await fileToBase64(file);
      run.mutate({ source: { fileName: file.name, contentBase64 }, productId: product?.id ?? null, distributorCode: distributor.trim() || null, progressId: id });
    } catch (err) {
      setRunning(null);
      setFailure({ summary: errorText(err, t('common.errors.network')), lines: [] });
    }
  };
  const p = progress.data;
  const percent = p?.phase === 'reading' ? Math.round((p.bytes / Math.max(p.totalBytes, 1)) * 100) : p?.phase === 'writing' ? 100 : 0;

  return (
    <Stack gap="md" maw={820}>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t('trace.import.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('trace.import.hint')}
          </Text>
          <FileInput label={t('trace.import.file')} placeholder={t('trace.import.pick')} accept=".csv,.txt,.tsv" value={file} onChange={setFile} clearable w={480} />
          <Group align="flex-end" gap="sm">
            <div style={{ width: 360 }}>
              <ProductPicker label={t('trace.import.product')} value={product} onChange={setProduct} />
            </div>
            <TextInput label={t('trace.import.distributor')} value={distributor} onChange={(e) => setDistributor(e.currentTarget.value)} w={220} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('trace.import.optionsHint')}
          </Text>
          <Group>
            <Button disabled={!file} loading={running !== null} onClick={() => void start()}>
              {t('trace.import.start')}
            </Button>
          </Group>
          {running !== null ? (
            <Stack gap={4} data-testid="trace-import-progress">
              <Progress value={percent} animated striped />
              <Text size="xs" c="dimmed">
                {p?.phase === 'writing' ? t('trace.import.writing', { codes: p.codes }) : t('trace.import.reading', { percent })}
              </Text>
            </Stack>
          ) : null}
        </Stack>
      </Paper>
      {result ? (
        <Paper withBorder p="md" data-testid="trace-import-result">
          <Alert color="green" mb="sm" title={t('trace.import.done', { fileName: result.fileName })}>
            {t('trace.import.summary', { codes: result.codes, lines: result.lines, seconds: (result.ms / 1000).toFixed(1) })}
          </Alert>
          <Table withTableBorder w={480} aria-label={t('trace.import.report')}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>{t('trace.levels.case')}</Table.Td>
                <Table.Td ta="right">{result.cases}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('trace.levels.box')}</Table.Td>
                <Table.Td ta="right">{result.boxes}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('trace.levels.item')}</Table.Td>
                <Table.Td ta="right">{result.items}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('trace.import.encoding')}</Table.Td>
                <Table.Td ta="right">{result.encoding.toUpperCase()}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('trace.import.layout')}</Table.Td>
                <Table.Td ta="right">{t(`trace.import.layouts.${result.layout}`)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
      {failure ? (
        <Alert color="red" title={t('trace.import.failed')} role="alert">
          <Text size="sm">{failure.summary}</Text>
          {failure.lines.length > 0 ? (
            <Button size="xs" variant="light" color="red" mt="xs" onClick={() => setShowLines(true)}>
              {t('trace.import.showLines', { count: failure.lines.length })}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {failure && showLines ? <ImportErrorsModal summary={failure.summary} errors={failure.lines} onClose={() => setShowLines(false)} /> : null}
    </Stack>
  );
}
