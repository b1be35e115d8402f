// 商品: the catalog. All matching rows load into a virtualized table (50,000 scroll smoothly); the search box
// asks the server (name, SKU, barcode, pinyin initials) and keeps showing the last answer while typing.
import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductStatus } from '../../api/contract';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { ImportExportButtons } from '../../components/ImportExportButtons';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchBox } from '../../components/SearchBox';
import { VirtualTable } from '../../components/VirtualTable';
import { CREATE_BUTTON } from '../../shell/focus';
import { canWrite } from '../permissions';
import { productColumns } from './product-columns';
import type { ProductRow } from './product-types';
import { emptyProduct, productToValues, type ProductValues } from './product-values';
import { ProductFormDrawer } from './ProductFormDrawer';
import { UnknownBarcodeModal } from './UnknownBarcodeModal';
import { useProductList } from './useProductList';
import { useProductScan } from './useProductScan';

type StatusFilter = ProductStatus | 'all';

interface Editing {
  productId: string | null;
  title: string;
  values: ProductValues;
}

export function ProductsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const writable = canWrite(useCurrentUser().role, 'catalog');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const list = useProductList(q, status);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [unknown, setUnknown] = useState<{ code: string; message: string; canCreate: boolean } | null>(null);

  const columns = useMemo(() => productColumns(t), [t]);

  const edit = (p: ProductRow) => setEditing({ productId: p.id, title: t('products.editTitle', { name: p.name }), values: productToValues(p) });
  const createNew = (barcode = '') => setEditing({ productId: null, title: t('products.createTitle'), values: emptyProduct(barcode) });

  useProductScan(
    {
      openProduct: ({ id }) => {
        void queryClient
          .fetchQuery({ ...trpc.products.get.queryOptions({ id }), staleTime: 0 })
          .then((p) => edit(p))
          .catch((err: unknown) => notifications.show({ color: 'red', message: errorText(err, t('common.errors.network')) }));
      },
      offerCreate: (code, message, canCreate) => setUnknown({ code, message, canCreate: canCreate && writable }),
    },
    editing === null && unknown === null,
  );

  return (
    <ScreenFrame
      title={t('products.title')}
      actions={
        <>
          <ImportExportButtons
            onImport={writable ? (file) => client.products.import.mutate(file) : undefined}
            onTemplate={() => client.products.template.query()}
            onExport={() => client.products.export.mutate()}
            onImported={() => void queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() })}
          />
          {writable ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => createNew()} {...{ [CREATE_BUTTON]: true }}>
              {t('products.create')}
            </Button>
          ) : null}
        </>
      }
      toolbar={
        <Group gap="sm">
          <SearchBox value={q} onChange={setQ} placeholder={t('products.search')} label={t('products.search')} />
          <SegmentedControl
            value={status}
            onChange={(v) => setStatus(v as StatusFilter)}
            data={(['all', 'active', 'inactive'] as const).map((s) => ({ value: s, label: t(`products.statusFilter.${s}`) }))}
          />
          <Text size="sm" c="dimmed" data-testid="products-count">
            {list.total !== null ? t('common.table.count', { total: list.total }) : t('common.table.loading')}
          </Text>
        </Group>
      }
    >
      <VirtualTable
        rowCount={list.rowCount}
        rowAt={list.rowAt}
        onRangeChange={list.onRangeChange}
        resetKey={list.resetKey}
        columns={columns}
        rowKey={(p) => p.id}
        onOpen={edit}
        label={t('products.title')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      {editing ? (
        <ProductFormDrawer
          key={editing.productId ?? 'new'}
          productId={editing.productId}
          title={editing.title}
          initialValues={editing.values}
          canSave={writable}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {unknown ? (
        <UnknownBarcodeModal
          code={unknown.code}
          message={unknown.message}
          canCreate={unknown.canCreate}
          onClose={() => setUnknown(null)}
          onCreate={() => {
            setUnknown(null);
            createNew(unknown.code);
          }}
        />
      ) : null}
    </ScreenFrame>
  );
}
