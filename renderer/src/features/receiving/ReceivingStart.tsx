// Starting (or resuming) a receipt: the warehouse, what it is received against, the receipts in progress, and the
// discrepancy reports kept for claims.
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { formatInstant } from '../../components/format';
import { ScreenFrame } from '../../components/ScreenFrame';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import { AsnImportButton } from './AsnImportButton';
import { DiscrepancyList } from './DiscrepancyList';

type Source = 'asn' | 'po' | 'blind';

export function ReceivingStart({ onOpen, onReport }: { onOpen: (sessionId: string) => void; onReport: (reportId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [source, setSource] = useState<Source>('asn');
  const [docId, setDocId] = useState<string | null>(null);
  const asns = useQuery({ ...trpc.receiving.asns.queryOptions({ status: 'open' }), enabled: source === 'asn' });
  const pos = useQuery({ ...trpc.purchaseOrders.list.queryOptions({ status: 'submitted' }), enabled: source === 'po' });
  const drafts = useQuery(trpc.receiving.drafts.queryOptions());
  const start = useMutation(
    trpc.receiving.start.mutationOptions({
      onSuccess: (s) => onOpen(s.id),
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );

  const docOptions =
    source === 'asn'
      ? (asns.data ?? []).map((a) => ({ value: a.id, label: `${a.asnNo} · ${a.brandName}${a.shippedOn ? ` · ${a.shippedOn}` : ''}` }))
      : (pos.data ?? []).map((p) => ({ value: p.id, label: `${p.number} · ${p.brandName}` }));
  const ready = warehouseId !== null && (source === 'blind' || docId !== null);
  const begin = () => {
    if (!ready || start.isPending) return;
    start.mutate({ warehouseId, ...(source === 'asn' && docId ? { asnId: docId } : {}), ...(source === 'po' && docId ? { poId: docId } : {}) });
  };

  return (
    <ScreenFrame title={t('receiving.title')} actions={<AsnImportButton />}>
      <Paper withBorder p="md" maw={720}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            begin();
          }}
        >
          <Stack gap="sm">
            <Title order={5}>{t('receiving.start.title')}</Title>
            <WarehouseSelect label={t('receiving.start.warehouse')} value={warehouseId} onChange={setWarehouseId} kind="main" w={320} />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('receiving.start.source')}
              </Text>
              <SegmentedControl
                value={source}
                onChange={(v) => {
                  setSource(v === 'po' || v === 'blind' ? v : 'asn');
                  setDocId(null);
                }}
                data={(['asn', 'po', 'blind'] as const).map((s) => ({ value: s, label: t(`receiving.start.sources.${s}`) }))}
              />
            </Stack>
            {source === 'blind' ? null : (
              <Select
                label={t(source === 'asn' ? 'receiving.start.asn' : 'receiving.start.po')}
                data={docOptions}
                value={docId}
                onChange={setDocId}
                searchable
                w={480}
              />
            )}
            <Group>
              <Button type="submit" disabled={!ready} loading={start.isPending}>
                {t('receiving.start.begin')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Stack gap={4}>
        <Title order={5}>{t('receiving.start.drafts')}</Title>
        {(drafts.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('receiving.start.noDrafts')}
          </Text>
        ) : (
          (drafts.data ?? []).map((d) => (
            <Group key={d.id} gap="sm">
              <Text size="sm" ff="monospace">
                {d.number}
              </Text>
              <Text size="sm">{t(`receiving.start.sources.${d.source}`)}</Text>
              <Text size="sm">{d.asnNo ?? ''}</Text>
              <Text size="sm" c="dimmed">
                {formatInstant(d.createdAt)}
              </Text>
              <Button size="xs" variant="light" onClick={() => onOpen(d.id)}>
                {t('receiving.start.resume')}
              </Button>
            </Group>
          ))
        )}
      </Stack>
      <DiscrepancyList onOpen={onReport} />
    </ScreenFrame>
  );
}
