// 客户: the stores, thousands of them. Same pattern as products: server-side search (name, code, phone, pinyin
// initials) into a virtualized table.
import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconPlus } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { ImportExportButtons } from '../../components/ImportExportButtons';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchBox } from '../../components/SearchBox';
import { VirtualTable } from '../../components/VirtualTable';
import { CREATE_BUTTON } from '../../shell/focus';
import { canWrite } from '../permissions';
import { customerColumns } from './customer-columns';
import { CustomerFormModal } from './CustomerFormModal';
import type { CustomerRow } from './customer-values';
import { useCustomerList, type ActiveFilter } from './useCustomerList';

export function CustomersScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const writable = canWrite(useCurrentUser().role, 'customers');
  const [q, setQ] = useState('');
  const [activeFilter, setActiveFilter] = useState<ActiveFilter>('all');
  const [editing, setEditing] = useState<CustomerRow | 'new' | null>(null);
  const list = useCustomerList(q, activeFilter);
  const columns = useMemo(() => customerColumns(t), [t]);

  return (
    <ScreenFrame
      title={t('customers.title')}
      actions={
        <>
          <ImportExportButtons
            onImport={writable ? (file) => client.customers.import.mutate(file) : undefined}
            onTemplate={() => client.customers.template.query()}
            onExport={() => client.customers.export.mutate()}
            onImported={() => void queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() })}
          />
          {writable ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} {...{ [CREATE_BUTTON]: true }}>
              {t('customers.create')}
            </Button>
          ) : null}
        </>
      }
      toolbar={
        <Group gap="sm">
          <SearchBox value={q} onChange={setQ} placeholder={t('customers.search')} label={t('customers.search')} />
          <SegmentedControl
            value={activeFilter}
            onChange={(v) => setActiveFilter(v as ActiveFilter)}
            data={(['all', 'active', 'inactive'] as const).map((s) => ({ value: s, label: t(`products.statusFilter.${s}`) }))}
          />
          <Text size="sm" c="dimmed">
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
        rowKey={(c) => c.id}
        onOpen={setEditing}
        label={t('customers.title')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      {editing ? <CustomerFormModal key={editing === 'new' ? 'new' : editing.id} customer={editing === 'new' ? null : editing} canSave={writable} onClose={() => setEditing(null)} /> : null}
    </ScreenFrame>
  );
}
