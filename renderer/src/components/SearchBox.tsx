// The search box of a list screen. Marked with data-search-box so "/" and F3 find it from anywhere.
import { Kbd, TextInput } from '@mantine/core';
import { IconSearch } from './icons';
import { SEARCH_BOX } from '../shell/focus';

interface Props {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  label: string;
}

export function SearchBox({ value, onChange, placeholder, label }: Props) {
  return (
    <TextInput
      {...{ [SEARCH_BOX]: true }}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value) {
          e.preventDefault();
          onChange('');
        }
      }}
      leftSection={<IconSearch size={16} />}
      rightSection={<Kbd size="xs">/</Kbd>}
      rightSectionWidth={36}
      w={360}
      type="search"
    />
  );
}
