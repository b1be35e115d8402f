// 报损/样品/核销: pick the warehouse, the kind and a reason, scan the goods (a case scan adds a case), post. Damage
// and samples post at once; a clerk's write-off waits for the owner, who approves it below. The owner reverses a
// posted adjustment; the accountant only reads.
import { Alert, Autocomplete, Button, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { ScreenFrame } from '../../components/ScreenFrame';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import { ProductPicker } from '../vans/lines/ProductPicker';
import { ScanLinesTable } from '../vans/lines/ScanLinesTable';
import { useAfterPost } from '../vans/lines/useAfterPost';
import { apiLines, useScanLines } from '../vans/lines/useScanLines';
import { AdjustmentList } from './AdjustmentList';
import { PendingApprovals } from './PendingApprovals';

const KINDS = ['damage', 'sample', 'write_off'] as const;
type Kind = (typeof KINDS)[number];

function NewAdjustment() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const after = useAfterPost();
  const mains = useQuery(trpc.warehouses.list.queryOptions({ active: true }));
  const [picked, setPicked] = useState<string | null>(null);
  const warehouseId = picked ?? mains.data?.[0]?.id ?? null;
  const [kind, setKind] = useState<Kind>('damage');
  const [reason, setReason] = useState('');
  const scan = useScanLines();
  const create = useMutation(
    trpc.adjustments.create.mutationOptions({
      onSuccess: (doc) => {
        const key = doc.status === 'pending' ? 'adjustments.submitted' : 'adjustments.posted';
        after.done(t(key, { number: doc.number }));
        scan.clear();
        setReason('');
      },
      onError: after.fail,
    }),
  );
  const ready = warehouseId !== null && reason.trim() !== '' && scan.lines.length > 0 && !create.isPending;
  const submit = () => {
    if (ready) create.mutate({ warehouseId, kind, reason: reason.trim(), lines: apiLines(scan.lines) });
  };
  useHotkeys([['mod+Enter', submit]], []);
  const reasons = Object.values(t(`adjustments.reasons.${kind}`, { returnObjects: true }) as Record<string, string>);

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <WarehouseSelect label={t('adjustments.warehouse')} value={warehouseId} onChange={setPicked} />
        <Stack gap={4}>
          <SegmentedControl
            aria-label={t('adjustments.kind')}
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={KINDS.map((k) => ({ value: k, label: t(`adjustments.kinds.${k}`) }))}
          />
        </Stack>
        <Autocomplete
          label={t('adjustments.reason')}
          placeholder={t('adjustments.reasonPlaceholder')}
          data={reasons}
          value={reason}
          onChange={setReason}
          maxLength={200}
          w={180}
        />
        <ProductPicker onPick={(u) => scan.add(u)} w={260} />
        <Button disabled={!ready} loading={create.isPending} onClick={submit}>
          {t('adjustments.post')}
        </Button>
      </Group>
      <Alert color="blue">{t('adjustments.hint')}</Alert>
      <ScanLinesTable scan={scan} label={t('adjustments.title')} />
    </Stack>
  );
}

export function AdjustmentsScreen() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const writer = role === 'owner' || role === 'clerk';
  return (
    <ScreenFrame title={t('adjustments.title')}>
      <Stack gap="md" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {writer ? <NewAdjustment /> : <Alert color="gray">{t('adjustments.readOnly')}</Alert>}
        {writer ? (
          <>
            <Title order={5}>{t('adjustments.pending')}</Title>
            <PendingApprovals canApprove={role === 'owner'} />
          </>
        ) : null}
        <Title order={5}>{t('adjustments.recent')}</Title>
        <AdjustmentList canReverse={role === 'owner'} />
      </Stack>
    </ScreenFrame>
  );
}
