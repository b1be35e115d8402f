// Blind counting: every scan (a case code counts its bottles, a case barcode its factor, a bottle barcode one)
// adds to the count; book quantities stay hidden. Scans go to the server one after another, in order; each answer
// carries the one counted row it changed, patched into the cached list, so an hour of scanning never re-reads the
// whole list (it is read once, on opening).
import { Alert, Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { ScreenFrame } from '../../components/ScreenFrame';
import { CancelStocktakeButton } from './CancelStocktakeButton';
import { patchCounted } from './patch-counted';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import { useScan } from '../../scanner/useScan';
import type { CountedLine, CountResult } from './stocktake-types';

type Last = { ok: true; result: CountResult } | { ok: false; code: string; message: string };

interface Props {
  id: string;
  onClosed: () => void;
  onBack: () => void;
}

export function StocktakeCounting({ id, onClosed, onBack }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const st = useQuery(trpc.stocktakes.get.queryOptions({ id }));
  const counted = useQuery(trpc.stocktakes.counted.queryOptions({ id }));
  const categories = useQuery(trpc.categories.list.queryOptions());
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [last, setLast] = useState<Last | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const scope = st.data?.categoryId
    ? (categories.data ?? []).find((c) => c.id === st.data?.categoryId)?.name
    : st.data?.locationPrefix
      ? t('stocktake.locationScope', { prefix: st.data.locationPrefix })
      : null;
  const close = useMutation(
    trpc.stocktakes.close.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.stocktakes.pathKey() });
        onClosed();
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );

  useScan(({ text }) => {
    const raw = text.trim();
    if (!raw) return;
    chain.current = chain.current.then(async () => {
      try {
        const result = await client.stocktakes.scan.mutate({ stocktakeId: id, raw });
        setLast({ ok: true, result });
        queryClient.setQueryData(trpc.stocktakes.counted.queryKey({ id }), (rows) => patchCounted(rows ?? [], result.line));
      } catch (err) {
        setLast({ ok: false, code: raw, message: errorText(err, t('common.errors.network')) });
      }
    });
  }, !cancelling);

  const columns: Column<CountedLine>[] = [
    { key: 'sku', header: t('stocktake.fields.sku'), width: '130px', render: (l) => l.sku },
    { key: 'name', header: t('stocktake.fields.name'), width: 'minmax(180px, 2fr)', render: (l) => l.name },
    { key: 'batch', header: t('stocktake.fields.batch'), width: '130px', render: (l) => l.batchNo },
    { key: 'qty', header: t('stocktake.fields.qty'), width: '120px', align: 'right', render: (l) => <Text fw={700} size="sm">{`${l.qty} ${l.baseUnit}`}</Text> },
  ];
  return (
    <ScreenFrame
      title={st.data ? `${t('stocktake.title')} ${st.data.number} · ${scope ?? t('stocktake.wholeWarehouse')}` : t('stocktake.title')}
      actions={
        <>
          <Button variant="default" onClick={onBack}>
            {t('stocktake.back')}
          </Button>
          <CancelStocktakeButton id={id} onCancelled={onBack} onOpenChange={setCancelling} />
          <Button color="orange" loading={close.isPending} onClick={() => close.mutate({ id })}>
            {t('stocktake.close')}
          </Button>
        </>
      }
      toolbar={
        !last ? (
          <Alert color="blue">{t('stocktake.scanHint')}</Alert>
        ) : last.ok ? (
          <Alert color="green" data-testid="last-count">
            {t('stocktake.lastCount', { name: last.result.name, qty: last.result.qty, total: last.result.productCounted })}
          </Alert>
        ) : (
          <Alert color="red" title={last.code}>
            {last.message}
          </Alert>
        )
      }
    >
      <VirtualTable
        {...arrayRows(counted.data ?? [])}
        columns={columns}
        rowKey={(l) => `${l.productId}/${l.batchNo}`}
        label={t('stocktake.counted')}
        emptyText={t('stocktake.scanHint')}
      />
    </ScreenFrame>
  );
}
