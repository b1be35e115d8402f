// Turns a physical key (KeyboardEvent.code) plus Shift into the character a barcode scanner meant to send.
// We read `code`, not `key`: with a Chinese IME switched on, `key` is "Process" (or a full-width character) while
// `code` still names the physical key the scanner's keyboard emulation pressed. Scanners emulate a US layout.

const unshifted: Record<string, string> = {
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Space: ' ',
  NumpadAdd: '+',
  NumpadSubtract: '-',
  NumpadMultiply: '*',
  NumpadDivide: '/',
  NumpadDecimal: '.',
};

const shifted: Record<string, string> = {
  Digit1: '!',
  Digit2: '@',
  Digit3: '#',
  Digit4: '$',
  Digit5: '%',
  Digit6: '^',
  Digit7: '&',
  Digit8: '*',
  Digit9: '(',
  Digit0: ')',
  Minus: '_',
  Equal: '+',
  BracketLeft: '{',
  BracketRight: '}',
  Backslash: '|',
  Semicolon: ':',
  Quote: '"',
  Backquote: '~',
  Comma: '<',
  Period: '>',
  Slash: '?',
  Space: ' ',
};

/** ASCII 29, the GS1 group separator; scanners in keyboard mode send it as Ctrl+]. */
export const GROUP_SEPARATOR = '\u001d';

export interface KeyInput {
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The character this key stands for, or null for keys that are not part of a scan (modifiers, F-keys, Enter). */
export function charFor(k: KeyInput): string | null {
  if (k.ctrlKey && !k.altKey && !k.metaKey && k.code === 'BracketRight') return GROUP_SEPARATOR;
  if (k.ctrlKey || k.altKey || k.metaKey) return null;
  const letter = /^Key([A-Z])$/.exec(k.code);
  if (letter) return k.shiftKey ? letter[1]! : letter[1]!.toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(k.code);
  if (digit) return k.shiftKey && k.code.startsWith('Digit') ? (shifted[k.code] ?? null) : digit[1]!;
  return (k.shiftKey ? shifted[k.code] : unshifted[k.code]) ?? null;
}

export const isEnter = (code: string): boolean => code === 'Enter' || code === 'NumpadEnter';

/** Keys that may sit between a scan's characters without breaking it (a scanner presses Shift for capitals). */
export const isModifier = (code: string): boolean =>
  /^(Shift|Control|Alt|Meta)(Left|Right)$/.test(code) || code === 'CapsLock';
