// 对账单: a customer's statement for a period (opening balance, invoices, receipts, credits, closing) previewed as
// the A4 page it prints as; print or save as PDF from the preview, download .xlsx, or preview the batch of every
// customer with a balance.
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';
import { downloadBase64, downloadFile } from '../../../components/download';
import { todayDate } from '../finance-types';
import { useCustomerOptions } from '../receipts/useCustomerOptions';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function StatementsPanel() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const frame = useRef<HTMLIFrameElement>(null);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [from, setFrom] = useState(`${todayDate().slice(0, 8)}01`);
  const [to, setTo] = useState(todayDate());
  const [batch, setBatch] = useState(false);
  const customers = useCustomerOptions();
  const period = isDate(from) && isDate(to) && from <= to;
  const one = useQuery({ ...trpc.customerStatements.html.queryOptions({ customerId: customerId ?? '', from, to }), enabled: !batch && period && !!customerId });
  const all = useQuery({ ...trpc.customerStatements.batchHtml.queryOptions({ from, to }), enabled: batch && period });
  const xlsx = useMutation(trpc.customerStatements.xlsx.mutationOptions({ onSuccess: (r) => downloadBase64(r.fileName, r.contentBase64) }));
  const pdf = useMutation(trpc.customerStatements.pdf.mutationOptions({ onSuccess: downloadFile }));
  const batchPdf = useMutation(trpc.customerStatements.batchPdf.mutationOptions({ onSuccess: downloadFile }));
  const html = batch ? all.data?.html : one.data?.html;
  const failed = (batch ? all.error : one.error ?? xlsx.error) ?? pdf.error ?? batchPdf.error;

  return (
    <Stack gap="sm" h="100%">
      <Group gap="sm" align="end">
        <Select
          label={t('finance.fields.customer')}
          placeholder={t('finance.receipts.form.customerPlaceholder')}
          searchable
          w={260}
          data={customers.options}
          value={customerId}
          onChange={(v) => { setCustomerId(v); setBatch(false); }}
          onSearchChange={customers.setQuery}
          filter={({ options }) => options}
        />
        <TextInput label={t('finance.statements.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={130} error={!isDate(from)} />
        <TextInput label={t('finance.statements.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={130} error={!isDate(to)} />
        <Button variant="default" disabled={!html} onClick={() => frame.current?.contentWindow?.print()}>{t('finance.statements.print')}</Button>
        <Button variant="default" disabled={batch || !customerId || !period} loading={xlsx.isPending} onClick={() => customerId && xlsx.mutate({ customerId, from, to })}>
          {t('finance.statements.xlsx')}
        </Button>
        <Button
          variant="default"
          disabled={!period || (!batch && !customerId)}
          loading={pdf.isPending || batchPdf.isPending}
          onClick={() => (batch ? batchPdf.mutate({ from, to }) : customerId && pdf.mutate({ customerId, from, to }))}
        >
          {t('finance.statements.pdf')}
        </Button>
        <Button variant={batch ? 'filled' : 'light'} disabled={!period} onClick={() => setBatch(true)}>{t('finance.statements.batch')}</Button>
      </Group>
      {failed ? <Text c="red" size="sm" role="alert">{errorText(failed, t('common.errors.network'))}</Text> : null}
      {batch && all.data ? <Text size="sm">{t('finance.statements.batchCount', { count: all.data.count })}</Text> : null}
      {html ? (
        <iframe ref={frame} title={t('finance.statements.preview')} srcDoc={html} style={{ flex: 1, minHeight: 0, width: '100%', border: '1px solid var(--mantine-color-gray-3)', background: 'white' }} />
      ) : (
        <Text size="sm" c="dimmed">{t('finance.statements.choose')}</Text>
      )}
    </Stack>
  );
}
