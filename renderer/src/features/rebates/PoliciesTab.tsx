// 政策: every policy with its versions, and this month's accruals (recomputed on demand). The owner creates a policy
// with its first version, or imports policies from CSV/.xlsx.
import { Alert, Button, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, rowErrors } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { fileToBase64 } from '../../components/download';
import { AccrualsTable } from './AccrualsTable';
import { PolicyForm } from './PolicyForm';
import { thisMonth } from './rebate-text';

export function PoliciesTab({ owner }: { owner: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const periodKey = thisMonth();
  const policies = useQuery(trpc.rebates.policies.queryOptions({})).data ?? [];
  const brands = useQuery(trpc.brands.list.queryOptions()).data ?? [];
  const accruals = useQuery(trpc.rebates.accruals.queryOptions({ periodKey })).data ?? [];
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.rebates.pathKey() });
  const recompute = useMutation(
    trpc.rebates.recompute.mutationOptions({
      onSuccess: (rows) => { setProblem(null); notifications.show({ color: 'green', message: t('rebates.policies.recomputed', { count: rows.length }) }); refresh(); },
      onError: (e) => setProblem(errorText(e, t('common.errors.network'))),
    }),
  );
  const importing = useMutation(
    trpc.rebates.importPolicies.mutationOptions({
      onSuccess: (r) => { setProblem(null); notifications.show({ color: 'green', message: t('rebates.policies.imported', { count: r.created + r.updated }) }); refresh(); },
      // All or nothing: every refused row is listed so the file can be fixed in one go.
      onError: (e) => setProblem([errorText(e, t('common.errors.network')), ...rowErrors(e).map((r) => t('rebates.policies.rowError', { row: r.row, column: r.column ?? '', message: r.message }))].join('\n')),
    }),
  );
  const pickFile = async (file: File | null) => {
    if (!file) return;
    importing.mutate({ fileName: file.name, contentBase64: await fileToBase64(file) });
  };
  const brandName = (id: string) => brands.find((b) => b.id === id)?.name ?? '';

  return (
    <Stack gap="sm">
      {owner ? (
        <Group gap="sm">
          <Button data-create-button onClick={() => setCreating(true)}>{t('rebates.policies.create')}</Button>
          <FileButton onChange={(f) => void pickFile(f)} accept=".csv,.xlsx">
            {(props) => <Button variant="default" loading={importing.isPending} {...props}>{t('rebates.policies.import')}</Button>}
          </FileButton>
          <Button variant="default" loading={recompute.isPending} onClick={() => recompute.mutate({ periodKey })}>{t('rebates.policies.recompute')}</Button>
        </Group>
      ) : null}
      {problem ? <Alert color="red" role="alert" style={{ whiteSpace: 'pre-line' }}>{problem}</Alert> : null}
      {policies.length === 0 ? (
        <Text size="sm" c="dimmed">{t('rebates.policies.none')}</Text>
      ) : (
        <Table aria-label={t('rebates.policies.table')} withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rebates.policies.code')}</Table.Th>
              <Table.Th>{t('rebates.policies.name')}</Table.Th>
              <Table.Th>{t('rebates.policies.scope')}</Table.Th>
              <Table.Th>{t('rebates.policies.brand')}</Table.Th>
              <Table.Th>{t('rebates.policies.versions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policies.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.code}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{t(`rebates.accountKind.${p.scope}`)}</Table.Td>
                <Table.Td>{brandName(p.brandId)}</Table.Td>
                <Table.Td>
                  {p.versions.map((v) => (
                    <Text size="sm" key={v.id}>
                      {t('rebates.policies.versionText', { from: v.validFrom, kind: t(`rebates.kinds.${v.kind}`), basis: t(`rebates.bases.${v.basis}`) })}
                      {v.validTo ? ` ~ ${v.validTo}` : ''}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={5}>{`${t('rebates.policies.thisPeriod')} ${periodKey}`}</Title>
      {accruals.length ? <AccrualsTable rows={accruals} label={t('rebates.policies.thisPeriod')} /> : <Text size="sm" c="dimmed">{t('rebates.statement.none')}</Text>}
      {/* Mounted only while open, so each new policy starts from an empty form. */}
      {owner && creating ? <PolicyForm opened onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}
