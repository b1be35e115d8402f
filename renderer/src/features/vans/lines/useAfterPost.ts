// What every warehouse action on these screens does when it answers: a green note and fresh van, adjustment and
// stock lists; or the server's translated refusal in red, kept on screen long enough to read.
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/errors';
import { useTRPC } from '../../../api/trpc';

export function useAfterPost() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    done: (message: string) => {
      notifications.show({ color: 'green', message });
      for (const queryKey of [trpc.vans.pathKey(), trpc.adjustments.pathKey(), trpc.stock.pathKey()]) void queryClient.invalidateQueries({ queryKey });
    },
    fail: (e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')), autoClose: 8000 }),
  };
}
