// A bank we do not know yet: the accountant names the header of each column once; the mapping is saved per bank
// (bankStatements.saveMapping) and the file is imported again with it.
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';

const FIELDS = ['date', 'time', 'credit', 'payerName', 'payerAccount', 'reference', 'memo'] as const;
type Field = (typeof FIELDS)[number];

export function MappingModal({ onClose, onSaved }: { onClose: () => void; onSaved: (key: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [cols, setCols] = useState<Record<Field, string>>({ date: '', time: '', credit: '', payerName: '', payerAccount: '', reference: '', memo: '' });
  const save = useMutation(trpc.bankStatements.saveMapping.mutationOptions({ onSuccess: (m) => onSaved(m.key) }));
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  const submit = () =>
    save.mutate({
      key: key.trim(),
      name: name.trim(),
      mapping: { date: cols.date.trim(), credit: cols.credit.trim(), time: opt(cols.time), payerName: opt(cols.payerName), payerAccount: opt(cols.payerAccount), reference: opt(cols.reference), ...(opt(cols.memo) ? { memo: [cols.memo.trim()] } : {}) },
    });
  return (
    <Modal opened onClose={onClose} title={t('finance.matching.mapping.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('finance.matching.mapping.hint')}</Text>
        <SimpleGrid cols={2}>
          <TextInput label={t('finance.matching.mapping.key')} value={key} onChange={(e) => setKey(e.currentTarget.value)} />
          <TextInput label={t('finance.matching.mapping.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          {FIELDS.map((f) => (
            <TextInput key={f} label={t(`finance.matching.mapping.${f}`)} value={cols[f]} onChange={(e) => setCols({ ...cols, [f]: e.currentTarget.value })} />
          ))}
        </SimpleGrid>
        {save.error ? <Text size="sm" c="red" role="alert">{errorText(save.error, t('common.errors.network'))}</Text> : null}
        <Group justify="flex-end">
          <Button loading={save.isPending} disabled={!key.trim() || !name.trim() || !cols.date.trim() || !cols.credit.trim()} onClick={submit}>
            {t('finance.matching.mapping.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
