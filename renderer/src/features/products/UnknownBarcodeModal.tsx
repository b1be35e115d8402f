// A scanned code that names no product: say so (the server's translated hint) and offer to create a product with
// that barcode on its base unit. Enter accepts, Esc closes.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  code: string;
  message: string;
  canCreate: boolean;
  onCreate: () => void;
  onClose: () => void;
}

export function UnknownBarcodeModal({ code, message, canCreate, onCreate, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('products.scan.unknownTitle')}>
      <Stack>
        <Text ff="monospace" fw={600} size="lg" data-testid="unknown-code">
          {code}
        </Text>
        <Text>{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.close')}
          </Button>
          {canCreate ? (
            <Button onClick={onCreate} data-autofocus>
              {t('products.scan.createWith')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
