// One editable cell of a line table: typed over, kept on Enter or when focus leaves, and Enter moves on to the
// next cell (Tab works as usual), so a clerk edits qty → price → discount → next line without the mouse. Esc puts
// the value back. The cell shows the server's value again after every answer (its key changes with it).
import { TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';

export const CELL = 'data-sales-cell';

/** Focus the next editable cell after `from` (or the first one): Enter's "move on". */
export function focusNextCell(from: HTMLElement | null): void {
  const cells = Array.from(document.querySelectorAll<HTMLInputElement>(`input[${CELL}]`));
  const i = from ? cells.indexOf(from as HTMLInputElement) : -1;
  const next = cells[i + 1];
  if (next) {
    next.focus();
    next.select();
  }
}

interface Props {
  value: string;
  label: string;
  /** The text as typed; return false when it is not a value (the cell shows it red until fixed or Esc). */
  onCommit: (text: string) => boolean;
  disabled?: boolean;
  w?: number;
}

export function CellInput({ value, label, onCommit, disabled, w = 90 }: Props) {
  const [text, setText] = useState(value);
  const [bad, setBad] = useState(false);
  const commit = () => {
    if (text.trim() === value) return true;
    const ok = onCommit(text.trim());
    setBad(!ok);
    return ok;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (commit()) focusNextCell(e.currentTarget);
    } else if (e.key === 'Escape') {
      setText(value);
      setBad(false);
    }
  };
  return (
    <TextInput
      {...{ [CELL]: true }}
      aria-label={label}
      size="xs"
      w={w}
      value={text}
      error={bad}
      disabled={disabled}
      onChange={(e) => setText(e.currentTarget.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={() => void commit()}
      onKeyDown={onKeyDown}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}
