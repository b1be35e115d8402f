// 促销活动: promotions by status (未开始/进行中/已结束) with period, product set and rule; the owner creates them and
// ends a running one early (today is its last day).
import { Alert, Badge, Button, Group, ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { IconPlus } from '../../components/icons';
import { PromotionFormModal } from './PromotionFormModal';
import { ruleText, scopeText, type PromotionView } from './promotion-text';

type Status = PromotionView['status'];
const STATUSES: readonly Status[] = ['active', 'upcoming', 'ended'];
const COLORS: Record<Status, string> = { active: 'green', upcoming: 'blue', ended: 'gray' };

export function PromotionList({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('active');
  const [creating, setCreating] = useState(false);
  const list = useQuery(trpc.promotions.list.queryOptions({ status, limit: 500 }));
  const end = useMutation(trpc.promotions.end.mutationOptions());
  const rows = list.data?.rows ?? [];

  const endNow = (p: PromotionView) => {
    if (!window.confirm(t('promotions.list.endConfirm', { name: p.name }))) return;
    end.mutate(
      { id: p.id },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('promotions.list.ended') });
          void queryClient.invalidateQueries({ queryKey: trpc.promotions.list.queryKey() });
        },
        onError: (err) => notifications.show({ color: 'red', message: errorText(err, t('common.errors.network')) }),
      },
    );
  };

  return (
    <>
      <Group justify="space-between">
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(STATUSES.find((s) => s === v) ?? 'active')}
          data={STATUSES.map((s) => ({ value: s, label: t(`promotions.status.${s}`) }))}
        />
        {canEdit ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-create-button aria-keyshortcuts="Alt+N">
            {t('promotions.list.create')}
          </Button>
        ) : null}
      </Group>
      {list.error ? <Alert color="red">{errorText(list.error, t('common.errors.network'))}</Alert> : null}
      <ScrollArea style={{ flex: 1 }}>
        <Table striped highlightOnHover aria-label={t('promotions.list.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('promotions.list.number')}</Table.Th>
              <Table.Th>{t('promotions.list.name')}</Table.Th>
              <Table.Th>{t('promotions.list.kind')}</Table.Th>
              <Table.Th>{t('promotions.list.period')}</Table.Th>
              <Table.Th>{t('promotions.list.scope')}</Table.Th>
              <Table.Th>{t('promotions.list.rule')}</Table.Th>
              <Table.Th>{t('promotions.list.status')}</Table.Th>
              {canEdit ? <Table.Th>{t('promotions.list.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.number}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{t(`promotions.kind.${p.kind}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {p.startsOn} ~ {p.endedOn ?? p.endsOn}
                </Table.Td>
                <Table.Td>{scopeText(p)}</Table.Td>
                <Table.Td>{ruleText(t, p)}</Table.Td>
                <Table.Td>
                  <Badge color={COLORS[p.status]} variant="light">
                    {t(`promotions.status.${p.status}`)}
                  </Badge>
                </Table.Td>
                {canEdit ? (
                  <Table.Td>
                    {p.status === 'active' && !p.endedOn ? (
                      <Button size="xs" variant="light" color="red" onClick={() => endNow(p)} loading={end.isPending && end.variables.id === p.id}>
                        {t('promotions.list.end')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!list.isLoading && rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('promotions.list.empty')}
          </Text>
        ) : null}
      </ScrollArea>
      {creating ? <PromotionFormModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
