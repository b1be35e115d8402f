// One code at a glance: product, level, batch and expiry, where it is now, the codes around it and inside it.
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeTree } from './CodeTree';
import type { CodeHistory } from './trace-types';

interface Props {
  history: CodeHistory;
  onOpenCode: (code: string) => void;
}

const statusColor = { new: 'gray', in_stock: 'green', at_customer: 'blue', written_off: 'red' } as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </Stack>
  );
}

export function CodeSummary({ history, onOpenCode }: Props) {
  const { t } = useTranslation();
  const { info, state, alerts } = history;
  const where = state.customerName ?? state.warehouseName ?? '';
  // Outermost first: case › box › this code.
  const outer = [...info.ancestors].reverse();

  return (
    <Paper withBorder p="sm" aria-label={info.code}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap="xs" style={{ flex: 1 }}>
          <Group gap="xs">
            <Badge variant="light">{t(`trace.levels.${info.level}`)}</Badge>
            <Text fw={600} ff="monospace">
              {info.code}
            </Text>
            <Badge color={statusColor[state.status]} data-testid="trace-status">
              {t(`trace.statuses.${state.status}`)}
            </Badge>
            {alerts.length > 0 ? <Badge color="red">{t('trace.alertsCount', { total: alerts.length })}</Badge> : null}
          </Group>
          <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
            <Field label={t('trace.fields.product')}>
              {info.product.sku} {info.product.name}
            </Field>
            <Field label={t('trace.fields.where')}>{where}</Field>
            <Field label={t('trace.fields.batch')}>{info.batch}</Field>
            <Field label={t('trace.fields.quantity')}>{info.quantity === null ? '' : `${info.quantity} ${info.product.baseUnit}`}</Field>
            <Field label={t('trace.fields.producedOn')}>{info.producedOn}</Field>
            <Field label={t('trace.fields.expiresOn')}>{info.expiresOn}</Field>
            <Field label={t('trace.fields.registeredTo')}>{info.distributorCode}</Field>
            <Field label={t('trace.fields.parent')}>
              {outer.length === 0
                ? ''
                : outer.map((c, i) => (
                    <span key={c}>
                      {i > 0 ? ' › ' : ''}
                      <Anchor component="button" type="button" ff="monospace" size="sm" onClick={() => onOpenCode(c)}>
                        {c}
                      </Anchor>
                    </span>
                  ))}
            </Field>
          </SimpleGrid>
        </Stack>
        <Stack gap={4} w={340}>
          <Text size="xs" c="dimmed">
            {t('trace.fields.children')}
          </Text>
          {info.children.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('trace.noChildren')}
            </Text>
          ) : (
            <CodeTree nodes={info.children} onOpenCode={onOpenCode} />
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
