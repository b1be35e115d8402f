// The code field and what trace.lookup answers for it. The field shows the code in view; Enter looks up what was
// typed; a scan or a click on a related code changes `code`, and the parent remounts this with it as the key.
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { IconSearch } from '../../components/icons';
import { SEARCH_BOX } from '../../shell/focus';
import { CodeEvents } from './CodeEvents';
import { CodeSummary } from './CodeSummary';

interface Props {
  code: string;
  onCode: (code: string) => void;
}

export function CodeLookup({ code, onCode }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [typed, setTyped] = useState(code);
  const lookup = useQuery({ ...trpc.trace.lookup.queryOptions({ code }), enabled: code.length > 0, retry: false });

  const submit = () => {
    const c = typed.trim();
    if (c) onCode(c);
  };

  return (
    <Stack gap="sm" h="100%">
      <Group align="flex-end" gap="xs">
        <TextInput
          {...{ [SEARCH_BOX]: true }}
          label={t('trace.code')}
          placeholder={t('trace.codeHint')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
          w={360}
          autoFocus
        />
        <Button variant="default" leftSection={<IconSearch size={16} />} onClick={submit}>
          {t('trace.lookup')}
        </Button>
      </Group>
      {lookup.isError ? <Alert color="red">{errorText(lookup.error, t('trace.notFound', { code }))}</Alert> : null}
      {lookup.data ? (
        <>
          <CodeSummary history={lookup.data} onOpenCode={onCode} />
          <CodeEvents events={lookup.data.events} />
        </>
      ) : null}
    </Stack>
  );
}
