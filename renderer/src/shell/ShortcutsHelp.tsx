// F1: the list of keyboard shortcuts, for clerks who keep their hands off the mouse.
import { List, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shell.shortcuts.title')}>
      <List spacing="xs">
        <List.Item>{t('shell.shortcuts.sections')}</List.Item>
        <List.Item>{t('shell.shortcuts.search')}</List.Item>
        <List.Item>{t('shell.shortcuts.create')}</List.Item>
        <List.Item>{t('shell.shortcuts.submit')}</List.Item>
        <List.Item>{t('shell.shortcuts.close')}</List.Item>
        <List.Item>{t('shell.shortcuts.scan')}</List.Item>
      </List>
    </Modal>
  );
}
