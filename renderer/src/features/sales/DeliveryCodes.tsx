// Trace codes scanned out against the order: each scan is checked by the API and bound to an order line, or
// refused with the reason (a repeat, an unknown code, a code registered to another distributor, not in this
// warehouse); a store outside the territory is a warning shown in orange. Scanning the order's own delivery note
// QR (DMS:SO-…) signs it back.
import { Alert, Badge, Button, FileButton, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { fileToBase64 } from '../../components/download';
import { useScan } from '../../scanner/useScan';
import type { SalesOrderView } from './sales-types';

interface Flag {
  ok: boolean;
  warn: boolean;
  text: string;
}

export function DeliveryCodes({ order }: { order: SalesOrderView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const codes = useQuery(trpc.salesDocs.codes.queryOptions({ orderId: order.id }));
  const [flags, setFlags] = useState<Flag[]>([]);
  const [signed, setSigned] = useState<File | null>(null);
  const push = (f: Flag) => setFlags((prev) => [f, ...prev].slice(0, 8));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.salesDocs.pathKey() });

  /** Signs the delivery note back (delivering what is left, if anything), with the signed image when one is picked. */
  const scanBack = async (scan = `DMS:${order.number}`) => {
    const mime = signed?.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const image = signed ? { mime, contentBase64: await fileToBase64(signed) } as const : null;
    const r = await client.salesDocs.scanBack.mutate({ scan, image });
    queryClient.setQueryData(trpc.salesOrders.get.queryKey({ id: order.id }), r.order);
    setSigned(null);
    void queryClient.invalidateQueries({ queryKey: trpc.salesOrders.list.pathKey() });
    push({ ok: true, warn: false, text: t('sales.delivery.scanBackDone', { number: order.number }) });
  };

  useScan(({ text }) => {
    const raw = text.trim();
    if (!raw) return;
    const job = async () => {
      const r = await client.scan.resolve.query({ raw });
      if (r.kind === 'document') {
        if (r.number === order.number) await scanBack(raw);
        return;
      }
      const res = await client.salesDocs.scanCode.mutate({ orderId: order.id, code: raw });
      push({ ok: true, warn: false, text: t('sales.delivery.codeBound', { code: raw, name: res.bound.productName }) });
      for (const w of res.warnings) push({ ok: true, warn: true, text: `${raw}: ${w.message}` });
      refresh();
    };
    job().catch((e: unknown) => push({ ok: false, warn: false, text: t('sales.delivery.codeRefused', { code: raw, message: errorText(e, t('common.errors.network')) }) }));
  }, true);

  const bound = codes.data?.codes ?? [];
  const unitOf = new Map((codes.data?.lines ?? []).map((l) => [l.lineId, l.baseUnit]));
  return (
    <Paper withBorder p="xs" style={{ flex: 2, minWidth: 280, display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Title order={6}>{t('sales.delivery.codes')}</Title>
      <Stack gap={4} data-testid="code-flags">
        {flags.map((f, i) => (
          <Alert key={`${i}:${f.text}`} py={4} color={f.ok ? (f.warn ? 'orange' : 'green') : 'red'}>
            {f.text}
          </Alert>
        ))}
      </Stack>
      <ScrollArea style={{ flex: 1 }} type="auto">
        {bound.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sales.delivery.noCodes')}
          </Text>
        ) : (
          bound.map((c) => (
            <Group key={c.code} gap="xs" wrap="nowrap">
              <Text size="xs" ff="monospace">
                {c.code}
              </Text>
              <Text size="xs">{c.productName}</Text>
              <Badge size="xs" variant="light" tt="none" color={c.shipped ? 'green' : 'blue'}>
                {c.qtyBase}
                {unitOf.get(c.lineId) ?? ''}
              </Badge>
            </Group>
          ))
        )}
      </ScrollArea>
      <Group gap="xs">
        <FileButton onChange={setSigned} accept="image/png,image/jpeg">
          {(props) => (
            <Button size="xs" variant="default" {...props}>
              {signed ? signed.name : t('sales.delivery.signed')}
            </Button>
          )}
        </FileButton>
        <Button size="xs" variant="light" onClick={() => void scanBack().catch((e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }))}>
          {t('sales.delivery.scanBack')}
        </Button>
      </Group>
    </Paper>
  );
}
