// 员工: salespeople, drivers and office staff. Tens of rows, so the search filters on screen.
import { Button, Text } from '@mantine/core';
import { IconPlus } from '../../components/icons';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchBox } from '../../components/SearchBox';
import { StatusBadge } from '../../components/StatusBadge';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import { filterRows } from '../../components/local-filter';
import { CREATE_BUTTON } from '../../shell/focus';
import { canWrite } from '../permissions';
import { EmployeeFormModal, type EmployeeRow } from './EmployeeFormModal';

export function EmployeesScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const writable = canWrite(useCurrentUser().role, 'employees');
  const list = useQuery(trpc.employees.list.queryOptions());
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<EmployeeRow | 'new' | null>(null);

  const rows = useMemo(() => filterRows(list.data ?? [], q, (e) => [e.code, e.name, e.phone, t(`employees.roles.${e.role}`)]), [list.data, q, t]);

  const columns: Column<EmployeeRow>[] = [
    { key: 'code', header: t('employees.fields.code'), width: '120px', render: (e) => e.code },
    { key: 'name', header: t('employees.fields.name'), width: 'minmax(120px, 1fr)', render: (e) => e.name },
    { key: 'role', header: t('employees.fields.role'), width: '120px', render: (e) => t(`employees.roles.${e.role}`) },
    { key: 'phone', header: t('employees.fields.phone'), width: '160px', render: (e) => e.phone },
    { key: 'active', header: t('employees.fields.active'), width: '90px', render: (e) => <StatusBadge active={e.active} /> },
  ];

  return (
    <ScreenFrame
      title={t('employees.title')}
      actions={
        writable ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} {...{ [CREATE_BUTTON]: true }}>
            {t('employees.create')}
          </Button>
        ) : null
      }
      toolbar={<SearchBox value={q} onChange={setQ} placeholder={t('employees.search')} label={t('employees.search')} />}
    >
      <VirtualTable
        {...arrayRows(rows)}
        columns={columns}
        rowKey={(e) => e.id}
        onOpen={setEditing}
        label={t('employees.title')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="xs" c="dimmed">
        {t('common.table.count', { total: rows.length })}
      </Text>
      {editing ? <EmployeeFormModal employee={editing === 'new' ? null : editing} canSave={writable} onClose={() => setEditing(null)} /> : null}
    </ScreenFrame>
  );
}
