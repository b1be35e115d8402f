// The discrepancy reports kept for claims to the brand, newest first; opening one shows it with its PDF.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';

export function DiscrepancyList({ onOpen }: { onOpen: (reportId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const reports = useQuery(trpc.receiving.reports.queryOptions({ limit: 20 }));
  const rows = reports.data ?? [];
  return (
    <Stack gap={4}>
      <Title order={5}>{t('receiving.reports')}</Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('receiving.noReports')}
        </Text>
      ) : (
        rows.map((r) => (
          <Group key={r.id} gap="sm">
            <Text size="sm" ff="monospace">
              {r.sourceNumber}
            </Text>
            <Text size="sm">{r.reference}</Text>
            <Text size="sm">{r.warehouseName}</Text>
            <Text size="sm">{r.businessDate}</Text>
            <Text size="sm" c={r.short > 0 || r.damaged > 0 ? 'red' : 'orange'}>
              {t('receiving.reportTotals', r)} · {formatFen(r.diffValue)}
            </Text>
            <Button size="xs" variant="light" onClick={() => onOpen(r.id)}>
              {t('receiving.open')}
            </Button>
          </Group>
        ))
      )}
    </Stack>
  );
}
