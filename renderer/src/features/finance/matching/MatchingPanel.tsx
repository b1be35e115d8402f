// 流水匹配 — the matching workbench: import a bank / WeChat Pay / Alipay statement (the same file twice adds
// nothing, and the screen says so), auto-match, then work the unmatched queue from the keyboard with the suggested
// receipts and invoices, or check the matched queue and unmatch. Every match and unmatch is audited by the API.
import { Badge, Button, FileButton, Group, Paper, ScrollArea, SegmentedControl, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';
import { fileToBase64 } from '../../../components/download';
import { formatFen } from '../../../components/money';
import { CustomerMatchModal } from './CustomerMatchModal';
import { MappingModal } from './MappingModal';
import { acceptInput, suggestionText, type MatchedLine, type MatchInput, type QueueLine } from './suggestion-text';
import { useWorkbenchKeys } from './useWorkbenchKeys';

type View = 'unmatched' | 'matched';

export function MatchingPanel() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [view, setView] = useState<View>('unmatched');
  const [index, setIndex] = useState(0);
  const [mappingKey, setMappingKey] = useState<string | null>(null);
  const [creating, setCreating] = useState<QueueLine | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const queue = useQuery(trpc.bankStatements.queue.queryOptions({ limit: 500 }));
  const matched = useQuery(trpc.bankStatements.matched.queryOptions({ limit: 500 }));
  const mappings = useQuery(trpc.bankStatements.mappings.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.bankStatements.pathKey() });
  const fail = (err: unknown) => setNotice({ color: 'red', text: errorText(err, t('common.errors.network')) });

  const importFile = useMutation(trpc.bankStatements.import.mutationOptions({ onError: fail }));
  const auto = useMutation(
    trpc.bankStatements.autoMatch.mutationOptions({
      onSuccess: (r) => {
        setNotice({ color: 'green', text: t('finance.matching.autoDone', { matched: r.matched, unmatched: r.unmatched }) });
        void refresh();
      },
      onError: fail,
    }),
  );
  const match = useMutation(trpc.bankStatements.match.mutationOptions({ onError: fail }));
  const unmatch = useMutation(trpc.bankStatements.unmatch.mutationOptions({ onError: fail }));

  const lines: (QueueLine | MatchedLine)[] = view === 'unmatched' ? (queue.data ?? []) : (matched.data ?? []);
  // The queue shrinks as lines are matched: the selection stays on the row now at that place (or the last).
  const selected = Math.max(0, Math.min(index, lines.length - 1));
  const current = lines[selected];
  const currentQueued = view === 'unmatched' ? (current as QueueLine | undefined) : undefined;
  const payer = (l: { payerName: string; payerAccount: string }) => l.payerName || l.payerAccount;

  const upload = async (file: File | null, key = mappingKey) => {
    if (!file) return;
    setNotice(null);
    try {
      const r = await importFile.mutateAsync({ fileName: file.name, contentBase64: await fileToBase64(file), ...(key ? { mappingKey: key } : {}) });
      const vars = { file: file.name, layout: r.layout, lines: r.lines, newLines: r.newLines, skipped: r.skipped };
      const text = r.duplicateFile ? t('finance.matching.duplicate', vars) : r.newLines === 0 && r.lines > 0 ? t('finance.matching.overlap', vars) : t('finance.matching.imported', vars);
      setNotice({ color: r.newLines === 0 ? 'yellow' : 'green', text });
      setView('unmatched');
      void refresh();
    } catch {
      // shown by onError
    }
  };

  const doMatch = (input: MatchInput, line: QueueLine, customer: string) =>
    match.mutate(input, {
      onSuccess: () => {
        setCreating(null);
        setNotice({ color: 'green', text: t('finance.matching.matchedOk', { payer: payer(line), amount: formatFen(line.amount), customer }) });
        void refresh();
      },
    });

  useWorkbenchKeys(
    {
      move: (d) => setIndex(Math.max(0, Math.min(lines.length - 1, selected + d))),
      accept: (n) => {
        const s = currentQueued?.suggestions[n];
        if (currentQueued && s && !match.isPending) doMatch(acceptInput(currentQueued.id, s), currentQueued, s.customerName);
      },
      create: () => currentQueued && setCreating(currentQueued),
      unmatch: () => {
        if (view !== 'matched' || !current || unmatch.isPending) return;
        const line = current;
        unmatch.mutate(
          { lineId: line.id, reason: t('finance.matching.unmatchReason') },
          {
            onSuccess: () => {
              setNotice({ color: 'green', text: t('finance.matching.unmatchedOk', { payer: payer(line), amount: formatFen(line.amount) }) });
              void refresh();
            },
          },
        );
      },
    },
    !creating && !mapping,
  );

  // Keep the selected row in view as the accountant walks the queue.
  const tableRef = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    tableRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected, view]);

  return (
    <Stack gap="sm" h="100%">
      <Group gap="sm" align="end">
        <Select
          label={t('finance.matching.bank')}
          w={180}
          clearable
          placeholder={t('finance.matching.bankAuto')}
          value={mappingKey}
          onChange={setMappingKey}
          data={(mappings.data ?? []).map((m) => ({ value: m.key, label: m.name }))}
        />
        <FileButton onChange={(f) => void upload(f)} accept=".xls,.xlsx,.csv,.txt">
          {(props) => (
            <Tooltip label={t('finance.matching.fileHint')}>
              <Button {...props} loading={importFile.isPending}>
                {t('finance.matching.import')}
              </Button>
            </Tooltip>
          )}
        </FileButton>
        <FileButton onChange={setMapping} accept=".xls,.xlsx,.csv,.txt">
          {(props) => (
            <Button {...props} variant="default">
              {t('finance.matching.mapping.open')}
            </Button>
          )}
        </FileButton>
        <Button variant="light" loading={auto.isPending} onClick={() => auto.mutate({})}>
          {t('finance.matching.autoMatch')}
        </Button>
      </Group>
      {notice ? (
        <Text size="sm" c={notice.color} role={notice.color === 'red' ? 'alert' : 'status'} aria-label="matching-notice">
          {notice.text}
        </Text>
      ) : null}
      <Group justify="space-between">
        <SegmentedControl
          value={view}
          onChange={(v) => {
            setView(v === 'matched' ? 'matched' : 'unmatched');
            setIndex(0);
          }}
          data={[
            { value: 'unmatched', label: t('finance.matching.unmatched', { count: queue.data?.length ?? 0 }) },
            { value: 'matched', label: t('finance.matching.matched', { count: matched.data?.length ?? 0 }) },
          ]}
        />
        <Text size="xs" c="dimmed">{t('finance.matching.keys')}</Text>
      </Group>
      <ScrollArea style={{ flex: 1, minHeight: 160 }}>
        <Table highlightOnHover stickyHeader aria-label={t('finance.matching.queueLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance.matching.time')}</Table.Th>
              <Table.Th>{t('finance.matching.source')}</Table.Th>
              <Table.Th>{t('finance.matching.payer')}</Table.Th>
              <Table.Th ta="right">{t('finance.fields.amount')}</Table.Th>
              <Table.Th>{t('finance.matching.memo')}</Table.Th>
              <Table.Th>{view === 'matched' ? t('finance.matching.receiptNo') : t('finance.matching.suggestions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody ref={tableRef}>
            {lines.map((l, i) => (
              <Table.Tr key={l.id} aria-selected={i === selected} bg={i === selected ? 'var(--mantine-color-blue-light)' : undefined} onClick={() => setIndex(i)} style={{ cursor: 'pointer' }}>
                <Table.Td>{l.txnTime}</Table.Td>
                <Table.Td>{t(`finance.matching.sources.${l.source}`)}</Table.Td>
                <Table.Td>{payer(l)}</Table.Td>
                <Table.Td ta="right">{formatFen(l.amount)}</Table.Td>
                <Table.Td maw={260} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{[l.reference, l.memo].filter(Boolean).join(' ')}</Table.Td>
                <Table.Td>
                  {'receiptNo' in l ? (
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">{l.receiptNo} · {l.customerName}</Text>
                      <Badge size="xs" variant="light">{t(`finance.matching.rules.${l.rule}`, { defaultValue: l.rule })}</Badge>
                    </Group>
                  ) : (
                    <Badge size="xs" variant="light" color={l.suggestions.length ? 'blue' : 'gray'}>{l.suggestions.length}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {lines.length === 0 ? <Text size="sm" c="dimmed" p="sm">{queue.isPending ? t('common.table.loading') : t('common.table.empty')}</Text> : null}
      </ScrollArea>
      {currentQueued ? (
        <Paper withBorder p="sm" aria-label={t('finance.matching.suggestions')}>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>
              {t('finance.matching.suggestions')} · {payer(currentQueued)} ¥{formatFen(currentQueued.amount)}
            </Text>
            {currentQueued.knownCustomerName ? <Badge variant="light">{t('finance.matching.known', { customer: currentQueued.knownCustomerName })}</Badge> : null}
          </Group>
          {currentQueued.suggestions.length === 0 ? <Text size="sm" c="dimmed">{t('finance.matching.noSuggestion')}</Text> : null}
          {currentQueued.suggestions.map((s, n) => (
            <Group key={n} gap="xs" wrap="nowrap">
              <Button size="compact-xs" variant={n === 0 ? 'filled' : 'default'} loading={match.isPending && n === 0} onClick={() => doMatch(acceptInput(currentQueued.id, s), currentQueued, s.customerName)}>
                {n + 1} {t('finance.matching.accept')}
              </Button>
              <Text size="sm">{suggestionText(t, s, currentQueued.amount)}</Text>
            </Group>
          ))}
        </Paper>
      ) : null}
      {creating ? (
        <CustomerMatchModal
          line={creating}
          busy={match.isPending}
          onClose={() => setCreating(null)}
          onMatch={(customerId) => doMatch({ lineId: creating.id, customerId, allocations: 'auto' }, creating, '')}
        />
      ) : null}
      {mapping ? (
        <MappingModal
          onClose={() => setMapping(null)}
          onSaved={(key) => {
            const file = mapping;
            setMapping(null);
            setMappingKey(key);
            void refresh();
            void upload(file, key);
          }}
        />
      ) : null}
    </Stack>
  );
}
