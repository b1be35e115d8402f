// 装车: pick the main warehouse, scan what goes on the van (a case scan adds a case), type quantities over, post;
// the loading list of what was just posted is printed from here.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import { LoadingListButtons } from './LoadingListButtons';
import { ProductPicker } from './lines/ProductPicker';
import { ScanLinesTable } from './lines/ScanLinesTable';
import { useAfterPost } from './lines/useAfterPost';
import { apiLines, useScanLines } from './lines/useScanLines';
import type { Van } from './van-types';

export function VanLoadPanel({ van }: { van: Van }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const after = useAfterPost();
  const mains = useQuery(trpc.warehouses.list.queryOptions({ active: true, kind: 'main' }));
  const [picked, setPicked] = useState<string | null>(null);
  const from = picked ?? mains.data?.[0]?.id ?? null;
  const [posted, setPosted] = useState<{ id: string; number: string } | null>(null);
  const scan = useScanLines();
  const load = useMutation(
    trpc.vans.load.mutationOptions({
      onSuccess: (doc) => {
        after.done(t('vans.load.posted', { number: doc.number }));
        setPosted({ id: doc.id, number: doc.number });
        scan.clear();
      },
      onError: after.fail,
    }),
  );
  const ready = from !== null && scan.lines.length > 0 && !load.isPending;
  const submit = () => {
    if (ready) load.mutate({ vanId: van.id, fromWarehouseId: from, lines: apiLines(scan.lines) });
  };
  useHotkeys([['mod+Enter', submit]], []);

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <WarehouseSelect label={t('vans.load.from')} value={from} onChange={setPicked} kind="main" />
        <ProductPicker onPick={(u) => scan.add(u)} />
        <Button disabled={!ready} loading={load.isPending} onClick={submit}>
          {t('vans.load.post')}
        </Button>
      </Group>
      {posted ? (
        <Alert color="green" title={t('vans.load.last', { number: posted.number })}>
          <LoadingListButtons id={posted.id} />
        </Alert>
      ) : (
        <Alert color="blue">{t('vans.load.hint')}</Alert>
      )}
      <ScanLinesTable scan={scan} label={t('vans.tabs.load')} />
    </Stack>
  );
}
