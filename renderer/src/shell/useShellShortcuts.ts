// Global shortcuts: Alt+1…9 open sections, / or F3 jump to the search box, Alt+N starts a new record, F1 shows
// help. Alt+digit, F1 and F3 work even while typing in a field; "/" only outside fields (it is also a character).
// Keys are matched by physical key (KeyboardEvent.code) so they work with a Chinese IME on.
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { clickCreateButton, focusSearchBox } from './focus';
import { navigate } from './route';
import type { Section } from './sections';

/** A modal dialog owns the keyboard while it is open; shortcuts for the screen behind it would surprise. */
const dialogOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

const physical = { usePhysicalKeys: true, preventDefault: false };

function item(hotkey: string, action: () => void): HotkeyItem {
  return [
    hotkey,
    (event: KeyboardEvent) => {
      if (dialogOpen()) return;
      event.preventDefault();
      action();
    },
    physical,
  ];
}

export function useShellShortcuts(sections: readonly Section[], openHelp: () => void): void {
  useHotkeys(
    [
      ...sections.slice(0, 9).map((s, i) => item(`alt+digit${i + 1}`, () => navigate(s.id))),
      item('F3', () => void focusSearchBox()),
      item('alt+n', () => void clickCreateButton()),
      item('F1', openHelp),
    ],
    [],
  );
  useHotkeys([item('/', () => void focusSearchBox())]);
}
