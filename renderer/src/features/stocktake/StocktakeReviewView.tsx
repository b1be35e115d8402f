// Variance review: book (the frozen snapshot) against counted, per product, gains orange and losses red; clerks
// may resume counting or cancel it, only the owner approves (which posts the adjustment).
import { Badge, Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { formatFen } from '../../components/money';
import { ScreenFrame } from '../../components/ScreenFrame';
import { CancelStocktakeButton } from './CancelStocktakeButton';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import type { ReviewLine } from './stocktake-types';

interface Props {
  id: string;
  onReopen: () => void;
  onBack: () => void;
}

export function StocktakeReviewView({ id, onReopen, onBack }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const role = useCurrentUser().role;
  const [confirming, setConfirming] = useState(false);
  const review = useQuery(trpc.stocktakes.review.queryOptions({ id }));
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.stocktakes.pathKey() });
  const reopen = useMutation(trpc.stocktakes.reopen.mutationOptions({ onSuccess: () => (refresh(), onReopen()), onError: fail }));
  const approve = useMutation(
    trpc.stocktakes.approve.mutationOptions({
      onSuccess: (r) => {
        setConfirming(false);
        notifications.show({ color: 'green', message: t('stocktake.approved', { number: r.stocktake.number }) });
        refresh();
        void queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
      },
      onError: fail,
    }),
  );
  const r = review.data;
  const inReview = r?.stocktake.status === 'review';

  const columns: Column<ReviewLine>[] = [
    { key: 'sku', header: t('stocktake.fields.sku'), width: '130px', render: (l) => l.sku },
    { key: 'name', header: t('stocktake.fields.name'), width: 'minmax(180px, 2fr)', render: (l) => l.name },
    { key: 'book', header: t('stocktake.fields.book'), width: '110px', align: 'right', render: (l) => `${l.book} ${l.baseUnit}` },
    { key: 'counted', header: t('stocktake.fields.counted'), width: '110px', align: 'right', render: (l) => `${l.counted} ${l.baseUnit}` },
    {
      key: 'diff',
      header: t('stocktake.fields.diff'),
      width: '100px',
      align: 'right',
      render: (l) => (l.diff === 0 ? '0' : <Text size="sm" fw={700} c={l.diff < 0 ? 'red' : 'orange'}>{l.diff > 0 ? `+${l.diff}` : l.diff}</Text>),
    },
    { key: 'value', header: t('stocktake.fields.diffValue'), width: '120px', align: 'right', render: (l) => formatFen(l.diffValue) },
  ];
  return (
    <ScreenFrame
      title={r ? `${t('stocktake.title')} ${r.stocktake.number}` : t('stocktake.title')}
      actions={
        <>
          <Button variant="default" onClick={onBack}>
            {t('stocktake.back')}
          </Button>
          {inReview ? <CancelStocktakeButton id={id} onCancelled={onBack} /> : null}
          {inReview ? (
            <Button variant="default" loading={reopen.isPending} onClick={() => reopen.mutate({ id })}>
              {t('stocktake.reopen')}
            </Button>
          ) : null}
          {inReview && role === 'owner' ? (
            <Button color="green" onClick={() => setConfirming(true)}>
              {t('stocktake.approve')}
            </Button>
          ) : null}
        </>
      }
      toolbar={r ? <Badge variant="light">{t(`stocktake.statuses.${r.stocktake.status}`)}</Badge> : null}
    >
      <VirtualTable {...arrayRows(r?.lines ?? [])} columns={columns} rowKey={(l) => l.productId} label={t('stocktake.fields.diff')} emptyText={t('common.table.empty')} />
      {r ? (
        <Text size="sm" fw={500} data-testid="stocktake-totals">
          {t('stocktake.totals', { book: r.totals.book, counted: r.totals.counted, gain: r.totals.gain, loss: r.totals.loss, value: formatFen(r.totals.diffValue) })}
        </Text>
      ) : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('stocktake.approve')} centered>
        <Text size="sm" mb="md">
          {t('stocktake.approveConfirm')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.actions.cancel')}
          </Button>
          <Button color="green" data-autofocus loading={approve.isPending} onClick={() => approve.mutate({ id })}>
            {t('stocktake.approve')}
          </Button>
        </Group>
      </Modal>
    </ScreenFrame>
  );
}
