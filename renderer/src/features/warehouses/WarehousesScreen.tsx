// 仓库: the main warehouse and the vans (a van is a warehouse that moves).
import { Badge, Button, Text } from '@mantine/core';
import { IconPlus } from '../../components/icons';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { filterRows } from '../../components/local-filter';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchBox } from '../../components/SearchBox';
import { StatusBadge } from '../../components/StatusBadge';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import { CREATE_BUTTON } from '../../shell/focus';
import { canWrite } from '../permissions';
import { WarehouseFormModal, type WarehouseRow } from './WarehouseFormModal';

export function WarehousesScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const writable = canWrite(useCurrentUser().role, 'warehouses');
  const list = useQuery(trpc.warehouses.list.queryOptions());
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<WarehouseRow | 'new' | null>(null);

  const rows = useMemo(() => filterRows(list.data ?? [], q, (w) => [w.code, w.name, w.plate, w.driverName, t(`warehouses.kinds.${w.kind}`)]), [list.data, q, t]);

  const columns: Column<WarehouseRow>[] = [
    { key: 'code', header: t('warehouses.fields.code'), width: '120px', render: (w) => w.code },
    { key: 'name', header: t('warehouses.fields.name'), width: 'minmax(140px, 1fr)', render: (w) => w.name },
    {
      key: 'kind',
      header: t('warehouses.fields.kind'),
      width: '100px',
      render: (w) => (
        <Badge size="sm" variant="light" color={w.kind === 'van' ? 'orange' : 'blue'}>
          {t(`warehouses.kinds.${w.kind}`)}
        </Badge>
      ),
    },
    { key: 'driver', header: t('warehouses.fields.driver'), width: '120px', render: (w) => w.driverName ?? '' },
    { key: 'plate', header: t('warehouses.fields.plate'), width: '120px', render: (w) => w.plate },
    { key: 'active', header: t('warehouses.fields.active'), width: '90px', render: (w) => <StatusBadge active={w.active} /> },
  ];

  return (
    <ScreenFrame
      title={t('warehouses.title')}
      actions={
        writable ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} {...{ [CREATE_BUTTON]: true }}>
            {t('warehouses.create')}
          </Button>
        ) : null
      }
      toolbar={<SearchBox value={q} onChange={setQ} placeholder={t('warehouses.search')} label={t('warehouses.search')} />}
    >
      <VirtualTable
        {...arrayRows(rows)}
        columns={columns}
        rowKey={(w) => w.id}
        onOpen={setEditing}
        label={t('warehouses.title')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="xs" c="dimmed">
        {t('common.table.count', { total: rows.length })}
      </Text>
      {editing ? <WarehouseFormModal warehouse={editing === 'new' ? null : editing} canSave={writable} onClose={() => setEditing(null)} /> : null}
    </ScreenFrame>
  );
}
