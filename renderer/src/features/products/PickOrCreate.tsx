// A searchable pick list with a "+" beside it for adding the missing entry (a new brand, a new category).
import { ActionIcon, Group, Select, Tooltip, type SelectProps } from '@mantine/core';
import { IconPlus } from '../../components/icons';

interface Props {
  label: string;
  createLabel: string;
  placeholder: string;
  readOnly: boolean;
  data: SelectProps['data'];
  onCreate: () => void;
  inputProps: Pick<SelectProps, 'value' | 'onChange' | 'error' | 'onBlur' | 'onFocus'>;
}

export function PickOrCreate({ label, createLabel, placeholder, readOnly, data, onCreate, inputProps }: Props) {
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <Select label={label} placeholder={placeholder} clearable searchable readOnly={readOnly} data={data} style={{ flex: 1 }} {...inputProps} />
      {!readOnly ? (
        <Tooltip label={createLabel}>
          <ActionIcon variant="default" size={36} aria-label={createLabel} onClick={onCreate}>
            <IconPlus size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}
