// The packaging units of a product: name, factor to the base unit, barcode. One row per level (瓶 ×1, 盒 ×6,
// 箱 ×24). Barcode boxes carry data-unit-index so a scan while one is focused fills that very box.
import { ActionIcon, Badge, Button, Group, NumberInput, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '../../components/icons';
import { useTranslation } from 'react-i18next';
import { newUnit, type ProductValues } from './product-values';

export const UNIT_INDEX = 'data-unit-index';

export function UnitsEditor({ form, readOnly }: { form: UseFormReturnType<ProductValues>; readOnly: boolean }) {
  const { t } = useTranslation();
  const units = form.getValues().units;
  const unitsError = form.errors.units;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={500} size="sm">
          {t('products.fields.units')}
        </Text>
        {!readOnly ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('units', newUnit())} disabled={units.length >= 10}>
            {t('products.units.add')}
          </Button>
        ) : null}
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label={t('products.fields.units')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>{t('products.units.name')}</Table.Th>
            <Table.Th w={110}>{t('products.units.factor')}</Table.Th>
            <Table.Th>{t('products.units.barcode')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u, i) => (
            <Table.Tr key={u.key}>
              <Table.Td>
                <TextInput
                  aria-label={`${t('products.units.name')} ${i + 1}`}
                  readOnly={readOnly}
                  rightSection={Number(u.factor) === 1 ? <Badge size="xs" variant="light">{t('products.units.base')}</Badge> : null}
                  rightSectionWidth={44}
                  {...form.getInputProps(`units.${i}.name`)}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${t('products.units.factor')} ${i + 1}`}
                  readOnly={readOnly}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  {...form.getInputProps(`units.${i}.factor`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${t('products.units.barcode')} ${i + 1}`}
                  readOnly={readOnly}
                  inputMode="numeric"
                  {...{ [UNIT_INDEX]: i }}
                  {...form.getInputProps(`units.${i}.barcode`)}
                />
              </Table.Td>
              <Table.Td>
                {!readOnly && units.length > 1 ? (
                  <Tooltip label={t('products.units.remove')}>
                    <ActionIcon variant="subtle" color="red" aria-label={`${t('products.units.remove')} ${i + 1}`} onClick={() => form.removeListItem('units', i)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {typeof unitsError === 'string' || typeof unitsError === 'number' ? (
        <Text size="xs" c="red" role="alert">
          {unitsError}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('products.units.hint')}
      </Text>
    </Stack>
  );
}
