// A receipt in progress: scan anywhere on the screen and the expected-against-scanned table updates with each scan;
// the last scan (or why it was refused) stays in view; post when done.
import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { ScreenFrame } from '../../components/ScreenFrame';
import { ReceivingLines } from './ReceivingLines';
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
  const [confirming, setConfirming] = useState(false);
  const state = useQuery(trpc.receiving.state.queryOptions({ sessionId }));
  const last = useReceivingScans(sessionId, !confirming);
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
          <Button color="green" onClick={() => setConfirming(true)} disabled={!s || s.lines.length === 0}>
            {t('receiving.post')}
          </Button>
        </>
      }
      toolbar={<LastScanLine last={last} />}
    >
      <ReceivingLines lines={s?.lines ?? []} label={t('receiving.title')} />
      {s ? (
        <Text size="sm" fw={500} data-testid="receiving-totals">
          {t('receiving.totals', s.totals)}
        </Text>
      ) : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('receiving.post')} centered>
        <Text size="sm" mb="md">
          {t('receiving.postConfirm')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.actions.cancel')}
          </Button>
          <Button color="green" data-autofocus loading={post.isPending} onClick={() => post.mutate({ sessionId })}>
            {t('receiving.post')}
          </Button>
        </Group>
      </Modal>
    </ScreenFrame>
  );
}
