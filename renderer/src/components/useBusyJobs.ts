// Runs one-off jobs (print, download) from buttons: remembers which job is busy so its button can spin, and shows
// a failure as a red notification in the user's language.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

export function useBusyJobs() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const run = (key: string, job: () => Promise<void>) => {
    setBusy(key);
    job()
      .catch((e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }))
      .finally(() => setBusy(null));
  };
  return { busy, run };
}
