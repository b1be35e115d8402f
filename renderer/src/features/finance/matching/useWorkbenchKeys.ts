// The workbench is driven from the keyboard: ↑/↓ move, Enter accepts the first suggestion, 1–5 accept that one,
// C opens "receipt for a customer", U unmatches. Keys typed into a field or inside a dialog are left alone.
import { useEffect, useRef } from 'react';

export interface WorkbenchKeys {
  move: (delta: number) => void;
  accept: (index: number) => void;
  create: () => void;
  unmatch: () => void;
}

const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || !!el.closest('[role="dialog"]'));

export function useWorkbenchKeys(keys: WorkbenchKeys, enabled: boolean): void {
  const ref = useRef(keys);
  useEffect(() => {
    ref.current = keys;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
      const k = ref.current;
      const digit = /^[1-5]$/.test(e.key) ? Number(e.key) - 1 : -1;
      if (e.key === 'ArrowDown') k.move(1);
      else if (e.key === 'ArrowUp') k.move(-1);
      else if (e.key === 'Enter') k.accept(0);
      else if (digit >= 0) k.accept(digit);
      else if (e.key === 'c' || e.key === 'C') k.create();
      else if (e.key === 'u' || e.key === 'U') k.unmatch();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
