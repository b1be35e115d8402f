// The keyboard-wedge decoder: physical key codes to characters, and scans told apart from typing by timing.
import { describe, expect, it } from 'vitest';
import { charFor, GROUP_SEPARATOR, type KeyInput } from '../../renderer/src/scanner/keymap';
import { createWedge, type WedgeDecision, type WedgeKey } from '../../renderer/src/scanner/wedge';

const key = (code: string, more: Partial<KeyInput> = {}): KeyInput => ({
  code,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...more,
});

/** The physical keys a US-layout scanner presses for `text`, Shift included for capitals. */
function keysFor(text: string): KeyInput[] {
  const out: KeyInput[] = [];
  for (const ch of text) {
    if (/[0-9]/.test(ch)) out.push(key(`Digit${ch}`));
    else if (/[a-z]/.test(ch)) out.push(key(`Key${ch.toUpperCase()}`));
    else if (/[A-Z]/.test(ch)) out.push(key('ShiftLeft', { shiftKey: true }), key(`Key${ch}`, { shiftKey: true }));
    else if (ch === '-') out.push(key('Minus'));
    else if (ch === '(') out.push(key('ShiftLeft', { shiftKey: true }), key('Digit9', { shiftKey: true }));
    else if (ch === ')') out.push(key('ShiftLeft', { shiftKey: true }), key('Digit0', { shiftKey: true }));
    else throw new Error(`no key for ${ch}`);
  }
  return out;
}

/** Feeds the keys for `text` `gap` ms apart (or gap[i] before key i+1), then Enter; returns Enter's decision. */
function type(text: string, gap: number | number[], enterGap?: number): WedgeDecision {
  const wedge = createWedge();
  const gapAt = (i: number) => (typeof gap === 'number' ? gap : (gap[i] ?? 5));
  let time = 1000;
  keysFor(text).forEach((k, i) => {
    if (i > 0) time += gapAt(i - 1);
    wedge.feed({ ...k, time } satisfies WedgeKey);
  });
  time += enterGap ?? (typeof gap === 'number' ? gap : 5);
  return wedge.feed({ ...key('Enter'), time });
}

describe('charFor (decoding KeyboardEvent.code)', () => {
  it('reads digits from the main row and the numpad', () => {
    expect(charFor(key('Digit7'))).toBe('7');
    expect(charFor(key('Numpad3'))).toBe('3');
  });

  it('reads letters as lower case, capitals with Shift', () => {
    expect(charFor(key('KeyA'))).toBe('a');
    expect(charFor(key('KeyA', { shiftKey: true }))).toBe('A');
  });

  it('reads the punctuation GS1 and our document codes use', () => {
    expect(charFor(key('Minus'))).toBe('-');
    expect(charFor(key('Period'))).toBe('.');
    expect(charFor(key('Slash'))).toBe('/');
    expect(charFor(key('Digit9', { shiftKey: true }))).toBe('(');
    expect(charFor(key('Digit0', { shiftKey: true }))).toBe(')');
    expect(charFor(key('Semicolon', { shiftKey: true }))).toBe(':');
  });

  it('turns Ctrl+] into the GS1 group separator', () => {
    expect(charFor(key('BracketRight', { ctrlKey: true }))).toBe(GROUP_SEPARATOR);
  });

  it('has no character for modifiers, shortcuts and function keys', () => {
    expect(charFor(key('ShiftLeft', { shiftKey: true }))).toBeNull();
    expect(charFor(key('KeyC', { ctrlKey: true }))).toBeNull();
    expect(charFor(key('Digit1', { altKey: true }))).toBeNull();
    expect(charFor(key('F3'))).toBeNull();
    expect(charFor(key('Enter'))).toBeNull();
  });
});

describe('createWedge (scan or typing?)', () => {
  it('takes a fast burst ending in Enter as a scan', () => {
    expect(type('6901234567892', 8)).toEqual({ kind: 'scan', text: '6901234567892' });
  });

  it('keeps capitals and punctuation, with Shift pressed between characters', () => {
    expect(type('SO-20261122-0007', 6)).toEqual({ kind: 'scan', text: 'SO-20261122-0007' });
    expect(type('(01)06901234567892', 6)).toEqual({ kind: 'scan', text: '(01)06901234567892' });
  });

  it('treats a person typing (slow keys) and Enter as a plain Enter', () => {
    expect(type('6901234567892', 120)).toEqual({ kind: 'enter' });
  });

  it('needs at least four characters', () => {
    expect(type('690', 5)).toEqual({ kind: 'enter' });
    expect(type('6901', 5)).toEqual({ kind: 'scan', text: '6901' });
  });

  it('accepts gaps up to 35 ms and no longer', () => {
    expect(type('12345678', 35)).toEqual({ kind: 'scan', text: '12345678' });
    expect(type('12345678', 36)).toEqual({ kind: 'enter' });
  });

  it('refuses a burst whose Enter comes late (a person pressing Enter after a quick paste-like burst)', () => {
    expect(type('12345678', 5, 300)).toEqual({ kind: 'enter' });
  });

  it('starts over after a slow gap: only the fast tail counts, and it must be long enough', () => {
    // "ab" typed by hand, pause, then a scanner burst of 8 digits.
    expect(type('ab12345678', [100, 150, 5, 5, 5, 5, 5, 5, 5])).toEqual({ kind: 'scan', text: '12345678' });
    // A slow gap near the end leaves only 2 fast characters.
    expect(type('12345678', [5, 5, 5, 5, 5, 200, 5])).toEqual({ kind: 'enter' });
  });

  it('reports the first key of each burst so the listener can snapshot the focused field', () => {
    const wedge = createWedge();
    expect(wedge.feed({ ...key('Digit1'), time: 0 })).toEqual({ kind: 'char', char: '1', startsBurst: true });
    expect(wedge.feed({ ...key('Digit2'), time: 10 })).toEqual({ kind: 'char', char: '2', startsBurst: false });
    expect(wedge.feed({ ...key('Digit3'), time: 500 })).toEqual({ kind: 'char', char: '3', startsBurst: true });
  });

  it('lets shortcuts through and drops the burst they interrupt', () => {
    const wedge = createWedge();
    let time = 0;
    for (const k of keysFor('1234')) wedge.feed({ ...k, time: (time += 5) });
    expect(wedge.feed({ ...key('KeyS', { ctrlKey: true }), time: (time += 5) })).toEqual({ kind: 'pass' });
    expect(wedge.feed({ ...key('Enter'), time: (time += 5) })).toEqual({ kind: 'enter' });
  });

  it('honours custom thresholds', () => {
    const wedge = createWedge({ maxGapMs: 80, minLength: 2 });
    wedge.feed({ ...key('Digit1'), time: 0 });
    wedge.feed({ ...key('Digit2'), time: 70 });
    expect(wedge.feed({ ...key('Enter'), time: 140 })).toEqual({ kind: 'scan', text: '12' });
  });
});
