// New promotion (owner): 买N赠M gifts or 满减/折扣 tiers on a product set (products by search incl. pinyin initials,
// categories, brands) over a period. The server checks everything; its translated errors go next to their field.
import { Input, MultiSelect, SegmentedControl, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { FormModal } from '../../components/FormModal';
import { applyServerError } from '../../forms/server-errors';
import { useScan } from '../../scanner/useScan';
import { TiersEditor } from './TiersEditor';
import { useProductSearch, type FoundProduct } from './product-search';
import { initialPromotion, numberProblems, toPromotionInput, type PromotionValues } from './promotion-input';
import { localToday } from './dates';

const unitOptions = (p: FoundProduct | undefined, baseLabel: string) =>
  p ? p.units.map((u) => ({ value: u.id, label: u.factor === 1 ? `${u.name}（${baseLabel}）` : `${u.name} ×${u.factor}` })) : [];

export function PromotionFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PromotionValues>({ initialValues: initialPromotion(localToday()) });
  const set = useProductSearch();
  const gift = useProductSearch();
  const brands = useQuery(trpc.brands.list.queryOptions());
  const categories = useQuery(trpc.categories.list.queryOptions());
  const create = useMutation(trpc.promotions.create.mutationOptions());
  const v = form.getValues();
  const firstProduct = set.byId(v.productIds[0]);

  // A scanned barcode adds its product to the set; the first scanned case also sets the unit of N (买10箱).
  useScan((scan) => {
    void set.scanned(scan.text).then((hit) => {
      if (!hit) {
        notifications.show({ color: 'red', message: t('promotions.form.scanNotProduct', { code: scan.text }) });
        return;
      }
      set.add(hit.product);
      const now = form.getValues();
      if (!now.productIds.includes(hit.product.id)) form.setFieldValue('productIds', [...now.productIds, hit.product.id]);
      if (now.unitId === null && now.productIds.length === 0) form.setFieldValue('unitId', hit.unitId);
    });
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    const bad = numberProblems(values);
    if (bad.length > 0) {
      form.setErrors(Object.fromEntries(bad.map((path) => [path, t('promotions.form.badNumber')])));
      return;
    }
    create.mutate(toPromotionInput(values), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('promotions.form.created') });
        void queryClient.invalidateQueries({ queryKey: trpc.promotions.list.queryKey() });
        onClose();
      },
      onError: (err) => setError(applyServerError(form, err, t('common.errors.network'))),
    });
  });

  return (
    <FormModal title={t('promotions.form.title')} onClose={onClose} onSubmit={submit} saving={create.isPending} error={error} size="lg">
      <TextInput label={t('promotions.form.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <Input.Wrapper label={t('promotions.form.kind')}>
        <SegmentedControl
          fullWidth
          data={(['gift', 'tiered'] as const).map((k) => ({ value: k, label: t(`promotions.kind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
      </Input.Wrapper>
      <SimpleGrid cols={2}>
        <TextInput type="date" label={t('promotions.form.startsOn')} withAsterisk {...form.getInputProps('startsOn')} />
        <TextInput type="date" label={t('promotions.form.endsOn')} withAsterisk {...form.getInputProps('endsOn')} />
      </SimpleGrid>
      <MultiSelect
        label={t('promotions.form.products')}
        placeholder={t('promotions.form.searchHint')}
        data={set.options()}
        searchable
        searchValue={set.q}
        onSearchChange={set.setQ}
        // The server already matched (pinyin initials, barcodes): show what it found as it is.
        filter={({ options }) => options}
        nothingFoundMessage={set.searched ? t('promotions.form.noProduct') : undefined}
        {...form.getInputProps('productIds')}
        onChange={(ids) => {
          set.remember(ids);
          form.setFieldValue('productIds', ids);
        }}
      />
      <SimpleGrid cols={2}>
        <MultiSelect
          label={t('promotions.form.categories')}
          data={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          searchable
          {...form.getInputProps('categoryIds')}
        />
        <MultiSelect label={t('promotions.form.brands')} data={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))} searchable {...form.getInputProps('brandIds')} />
      </SimpleGrid>
      <Select
        label={t('promotions.form.unit')}
        placeholder={t('promotions.form.baseUnit')}
        data={unitOptions(firstProduct, t('promotions.form.baseUnit'))}
        clearable
        {...form.getInputProps('unitId')}
      />
      {v.kind === 'gift' ? (
        <>
          <SimpleGrid cols={3}>
            <TextInput label={t('promotions.form.buyQty')} inputMode="numeric" withAsterisk {...form.getInputProps('gift.buyQty')} />
            <TextInput label={t('promotions.form.giftQty')} inputMode="numeric" withAsterisk {...form.getInputProps('gift.qty')} />
            <Select
              label={t('promotions.form.giftUnit')}
              placeholder={t('promotions.form.baseUnit')}
              data={unitOptions(gift.byId(v.gift.productId), t('promotions.form.baseUnit'))}
              clearable
              {...form.getInputProps('gift.unitId')}
            />
          </SimpleGrid>
          <Select
            label={t('promotions.form.giftProduct')}
            placeholder={t('promotions.form.searchHint')}
            withAsterisk
            data={gift.options()}
            searchable
            searchValue={gift.q}
            onSearchChange={gift.setQ}
            filter={({ options }) => options}
            nothingFoundMessage={gift.searched ? t('promotions.form.noProduct') : undefined}
            {...form.getInputProps('gift.productId')}
            onChange={(id) => {
              gift.remember(id ? [id] : []);
              form.setFieldValue('gift.productId', id);
              form.setFieldValue('gift.unitId', null);
            }}
            error={form.errors['gift.productId'] ?? form.errors.gift}
          />
        </>
      ) : (
        <TiersEditor form={form} />
      )}
      <TextInput label={t('promotions.form.note')} {...form.getInputProps('note')} />
    </FormModal>
  );
}
