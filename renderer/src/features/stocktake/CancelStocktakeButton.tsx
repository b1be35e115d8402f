// Cancelling a stocktake that is still counting or in review (作废): nothing is adjusted, the warehouse is free for
// a new one. Asks first; the counts stay on record under the cancelled stocktake.
import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';

export function CancelStocktakeButton({ id, onCancelled, onOpenChange }: { id: string; onCancelled: () => void; onOpenChange?: (open: boolean) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpenState] = useState(false);
  const setOpen = (v: boolean) => {
    setOpenState(v);
    onOpenChange?.(v);
  };
  const cancel = useMutation(
    trpc.stocktakes.cancel.mutationOptions({
      onSuccess: (st) => {
        notifications.show({ color: 'gray', message: t('stocktake.cancelled', { number: st.number }) });
        void queryClient.invalidateQueries({ queryKey: trpc.stocktakes.pathKey() });
        onCancelled();
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  return (
    <>
      <Button variant="light" color="red" onClick={() => setOpen(true)}>
        {t('stocktake.cancel')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('stocktake.cancel')} centered>
        <Text size="sm" mb="md">
          {t('stocktake.cancelConfirm')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => setOpen(false)}>
            {t('stocktake.keep')}
          </Button>
          <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate({ id })}>
            {t('stocktake.cancel')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
