// 拣货单: one consolidated pick list for the confirmed orders still to pick — per salesperson, or for one van — as
// an A4 PDF (FEFO batches, totals per product in cases + loose units, shortages shown).
import { Alert, Button, Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../../api/trpc';
import { downloadFile } from '../../components/download';
import { useBusyJobs } from '../../components/useBusyJobs';
import { WarehouseSelect } from '../stock/WarehouseSelect';

export function PickListButton() {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const { busy, run } = useBusyJobs();
  const [open, setOpen] = useState(false);
  const [by, setBy] = useState<'salesperson' | 'van'>('salesperson');
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [vanId, setVanId] = useState<string | null>(null);
  const [dueBy, setDueBy] = useState('');
  const ready = by === 'salesperson' || vanId !== null;
  const download = () =>
    run('pick', async () => {
      downloadFile(
        await client.salesDocs.pickListPdf.mutate({
          by,
          ...(warehouseId ? { warehouseId } : {}),
          ...(by === 'van' && vanId ? { vanId } : {}),
          ...(dueBy ? { dueBy } : {}),
        }),
      );
      setOpen(false);
    });
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpen(true)}>
        {t('sales.pickList.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('sales.pickList.title')}>
        <Stack gap="sm">
          <Alert color="blue">{t('sales.pickList.hint')}</Alert>
          <SegmentedControl
            value={by}
            onChange={(v) => setBy(v === 'van' ? 'van' : 'salesperson')}
            data={[
              { value: 'salesperson', label: t('sales.pickList.bySalesperson') },
              { value: 'van', label: t('sales.pickList.byVan') },
            ]}
            aria-label={t('sales.pickList.title')}
          />
          <WarehouseSelect label={t('sales.pickList.warehouse')} kind="main" allowAll value={warehouseId} onChange={setWarehouseId} w={260} />
          {by === 'van' ? <WarehouseSelect label={t('sales.pickList.van')} kind="van" value={vanId} onChange={setVanId} w={260} /> : null}
          <TextInput type="date" label={t('sales.pickList.dueBy')} value={dueBy} onChange={(e) => setDueBy(e.currentTarget.value)} w={180} />
          <Group justify="flex-end">
            <Button disabled={!ready} loading={busy === 'pick'} onClick={download}>
              {t('sales.pickList.download')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
