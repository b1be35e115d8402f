// 价格: pick a product on the left (search, arrows + Enter, or a scan), edit its prices per unit and price list
// and the brand's limits on the right. Price lists are created here too; prices import and export as .xlsx.
import { Button, Grid, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { ImportExportButtons } from '../../components/ImportExportButtons';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchBox } from '../../components/SearchBox';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { CREATE_BUTTON } from '../../shell/focus';
import { canWrite } from '../permissions';
import { unitsText } from '../products/product-columns';
import type { ProductRow } from '../products/product-types';
import { useProductList } from '../products/useProductList';
import { useProductScan } from '../products/useProductScan';
import { PriceEditor } from './PriceEditor';
import { PriceListCreateModal } from './PriceListCreateModal';

export function PricesScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const writable = canWrite(useCurrentUser().role, 'prices');
  const [q, setQ] = useState('');
  const list = useProductList(q, 'active');
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [creatingList, setCreatingList] = useState(false);

  useProductScan(
    {
      openProduct: (p) => setPicked({ id: p.id, name: p.name }),
      offerCreate: (_code, message) => notifications.show({ color: 'yellow', message }),
    },
    !creatingList,
  );

  const columns = useMemo<Column<ProductRow>[]>(
    () => [
      { key: 'sku', header: t('products.fields.sku'), width: '100px', render: (p) => p.sku },
      { key: 'name', header: t('products.fields.name'), width: 'minmax(160px, 2fr)', render: (p) => p.name },
      { key: 'units', header: t('products.fields.units'), width: 'minmax(100px, 1fr)', render: unitsText },
    ],
    [t],
  );

  return (
    <ScreenFrame
      title={t('prices.title')}
      actions={
        <>
          <ImportExportButtons
            onImport={writable ? (file) => client.prices.import.mutate(file) : undefined}
            onTemplate={() => client.prices.template.query()}
            onExport={() => client.prices.export.mutate()}
            onImported={() => void queryClient.invalidateQueries({ queryKey: trpc.prices.pathKey() })}
          />
          {writable ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreatingList(true)} {...{ [CREATE_BUTTON]: true }}>
              {t('prices.createList')}
            </Button>
          ) : null}
        </>
      }
    >
      <Grid style={{ flex: 1, minHeight: 0 }} styles={{ inner: { height: '100%' } }}>
        <Grid.Col span={5} h="100%">
          <Stack h="100%" gap="xs">
            <SearchBox value={q} onChange={setQ} placeholder={t('prices.search')} label={t('prices.search')} />
            <VirtualTable
              rowCount={list.rowCount}
              rowAt={list.rowAt}
              onRangeChange={list.onRangeChange}
              resetKey={list.resetKey}
              columns={columns}
              rowKey={(p) => p.id}
              onOpen={(p) => setPicked({ id: p.id, name: p.name })}
              label={t('prices.products')}
              emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={7} h="100%">
          <Paper withBorder p="md" h="100%" style={{ overflow: 'auto' }}>
            {picked ? (
              <PriceEditor key={picked.id} productId={picked.id} productName={picked.name} canSave={writable} />
            ) : (
              <Text c="dimmed">{t('prices.pick')}</Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      {creatingList ? <PriceListCreateModal onClose={() => setCreatingList(false)} /> : null}
    </ScreenFrame>
  );
}
