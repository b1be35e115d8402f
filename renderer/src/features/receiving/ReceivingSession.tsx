// A receipt in progress: scan anywhere on the screen and the expected-against-scanned table updates with each scan;
// the last scan (or why it was refused) stays in view. Enter on a line corrects it (count, damaged); F2 keys in
// goods that will not scan; post when done, or cancel the receipt (nothing is posted).
import { Alert, Button, Group, Kbd, Modal, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { ScreenFrame } from '../../components/ScreenFrame';
import { ReceivingEntryModal } from './ReceivingEntryModal';
import { ReceivingLines } from './ReceivingLines';
import type { ReceivingLine } from './receiving-types';
import { useReceivingScans, type LastScan } from './useReceivingScans';

interface Props {
  sessionId: string;
  onDone: (reportId: string | null) => void;
  onBack: () => void;
}

function LastScanLine({ last }: { last: LastScan | null }) {
  const { t } = useTranslation();
  if (!last) return <Alert color="blue">{t('receiving.scanHint')}</Alert>;
  if (!last.ok) return <Alert color="red" title={last.code}>{last.message}</Alert>;
  const s = last.outcome;
  const text = s.kind === 'trace' ? t('receiving.lastScanCase', { name: s.name, code: s.code, qty: s.qty }) : t('receiving.lastScan', { name: s.name, qty: s.qty });
  return (
    <Alert color={s.warnings.length > 0 ? 'orange' : 'green'} data-testid="last-scan">
      {text}
      {s.warnings.map((w) => (
        <Text key={w.code} size="sm" c="orange">
          {w.message}
        </Text>
      ))}
    </Alert>
  );
}

export function ReceivingSession({ sessionId, onDone, onBack }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<'post' | 'cancel' | null>(null);
  /** The modal for corrections: a line, or 'new' to key in goods. */
  const [entry, setEntry] = useState<ReceivingLine | 'new' | null>(null);
  const state = useQuery(trpc.receiving.state.queryOptions({ sessionId }));
  const last = useReceivingScans(sessionId, confirming === null && entry === null);
  useHotkeys([['F2', () => setEntry('new')]]);
  const cancel = useMutation(
    trpc.receiving.cancel.mutationOptions({
      onSuccess: (doc) => {
        notifications.show({ color: 'gray', message: t('receiving.cancelled', { number: doc.number }) });
        void queryClient.invalidateQueries({ queryKey: trpc.receiving.pathKey() });
        onBack();
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const post = useMutation(
    trpc.receiving.post.mutationOptions({
      onSuccess: (r) => {
        notifications.show({ color: 'green', message: t('receiving.posted', { number: r.doc.number }) });
        void queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.receiving.pathKey() });
        onDone(r.reportId);
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const s = state.data;

  return (
    <ScreenFrame
      title={s ? `${t('receiving.title')} ${s.number} · ${t(`receiving.start.sources.${s.source}`)}` : t('receiving.title')}
      actions={
        <>
          <Button variant="default" onClick={onBack}>
            {t('receiving.back')}
          </Button>
          <Button variant="default" onClick={() => setEntry('new')} rightSection={<Kbd size="xs">F2</Kbd>}>
            {t('receiving.manual.title')}
          </Button>
          <Button variant="light" color="red" onClick={() => setConfirming('cancel')}>
            {t('receiving.cancel')}
          </Button>
          <Button color="green" onClick={() => setConfirming('post')} disabled={!s || s.lines.length === 0}>
            {t('receiving.post')}
          </Button>
        </>
      }
      toolbar={<LastScanLine last={last} />}
    >
      <ReceivingLines lines={s?.lines ?? []} label={t('receiving.title')} onOpen={setEntry} />
      {s ? (
        <Text size="sm" fw={500} data-testid="receiving-totals">
          {t('receiving.totals', s.totals)}
        </Text>
      ) : null}
      <Modal opened={confirming === 'post'} onClose={() => setConfirming(null)} title={t('receiving.post')} centered>
        <Text size="sm" mb="md">
          {t('receiving.postConfirm')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(null)}>
            {t('common.actions.cancel')}
          </Button>
          <Button color="green" data-autofocus loading={post.isPending} onClick={() => post.mutate({ sessionId })}>
            {t('receiving.post')}
          </Button>
        </Group>
      </Modal>
      <Modal opened={confirming === 'cancel'} onClose={() => setConfirming(null)} title={t('receiving.cancel')} centered>
        <Text size="sm" mb="md">
          {t('receiving.cancelConfirm')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => setConfirming(null)}>
            {t('receiving.keep')}
          </Button>
          <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate({ sessionId })}>
            {t('receiving.cancel')}
          </Button>
        </Group>
      </Modal>
      {entry !== null ? <ReceivingEntryModal sessionId={sessionId} line={entry === 'new' ? null : entry} onClose={() => setEntry(null)} /> : null}
    </ScreenFrame>
  );
}
