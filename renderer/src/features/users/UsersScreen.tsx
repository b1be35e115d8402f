// 账号: the owner's list of staff accounts. A handful of rows, so it filters on screen.
import { Button, Text } from '@mantine/core';
import { IconPlus } from '../../components/icons';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { filterRows } from '../../components/local-filter';
import { formatInstant } from '../../components/format';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchBox } from '../../components/SearchBox';
import { StatusBadge } from '../../components/StatusBadge';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import { CREATE_BUTTON } from '../../shell/focus';
import { UserCreateModal } from './UserCreateModal';
import { UserManageModal } from './UserManageModal';

type UserRow = ApiOutputs['users']['list'][number];

export function UsersScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.users.list.queryOptions());
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState<UserRow | null>(null);

  const rows = useMemo(() => filterRows(list.data ?? [], q, (u) => [u.username, u.displayName, t(`common.roles.${u.role}`)]), [list.data, q, t]);

  const columns: Column<UserRow>[] = [
    { key: 'username', header: t('users.columns.username'), width: 'minmax(120px, 1fr)', render: (u) => u.username },
    { key: 'displayName', header: t('users.columns.displayName'), width: 'minmax(120px, 1fr)', render: (u) => u.displayName },
    { key: 'role', header: t('users.columns.role'), width: '140px', render: (u) => t(`common.roles.${u.role}`) },
    { key: 'active', header: t('users.columns.active'), width: '90px', render: (u) => <StatusBadge active={u.active} /> },
    { key: 'createdAt', header: t('users.columns.createdAt'), width: '150px', render: (u) => formatInstant(u.createdAt) },
  ];

  return (
    <ScreenFrame
      title={t('users.title')}
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} {...{ [CREATE_BUTTON]: true }}>
          {t('users.create')}
        </Button>
      }
      toolbar={<SearchBox value={q} onChange={setQ} placeholder={t('users.search')} label={t('users.search')} />}
    >
      <VirtualTable
        {...arrayRows(rows)}
        columns={columns}
        rowKey={(u) => u.id}
        onOpen={setManaging}
        label={t('users.title')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="xs" c="dimmed">
        {t('common.table.count', { total: rows.length })}
      </Text>
      {creating ? <UserCreateModal onClose={() => setCreating(false)} /> : null}
      {managing ? <UserManageModal user={managing} onClose={() => setManaging(null)} /> : null}
    </ScreenFrame>
  );
}
