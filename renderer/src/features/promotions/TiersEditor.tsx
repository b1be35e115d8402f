// The tiers of a 满减/折扣 promotion: basis (amount in yuan or quantity), then per tier a threshold and either a
// rate off (%) or an amount off (¥). Errors the server gives for tiers.N.field show on that box.
import { ActionIcon, Button, Group, Input, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../components/icons';
import { emptyTier, type PromotionValues } from './promotion-input';

export function TiersEditor({ form }: { form: UseFormReturnType<PromotionValues> }) {
  const { t } = useTranslation();
  const v = form.getValues();
  return (
    <Stack gap="xs">
      <Input.Wrapper label={t('promotions.form.basis')}>
        <SegmentedControl data={(['amount', 'quantity'] as const).map((b) => ({ value: b, label: t(`promotions.basis.${b}`) }))} {...form.getInputProps('basis')} />
      </Input.Wrapper>
      <Text size="sm" fw={500}>
        {t('promotions.form.tiers')}
      </Text>
      {v.tiers.map((_, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={v.basis === 'amount' ? t('promotions.form.thresholdAmount') : t('promotions.form.thresholdQty')}
            inputMode="decimal"
            {...form.getInputProps(`tiers.${i}.threshold`)}
          />
          <TextInput label={t('promotions.form.rateOff')} inputMode="decimal" {...form.getInputProps(`tiers.${i}.discountBp`)} />
          <TextInput label={t('promotions.form.amountOff')} inputMode="decimal" {...form.getInputProps(`tiers.${i}.discountFen`)} />
          <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('promotions.form.removeTier')} onClick={() => form.removeListItem('tiers', i)} disabled={v.tiers.length === 1}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {form.errors.tiers ? (
        <Text size="sm" c="red">
          {form.errors.tiers}
        </Text>
      ) : null}
      <Button variant="light" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('tiers', emptyTier())}>
        {t('promotions.form.addTier')}
      </Button>
    </Stack>
  );
}
