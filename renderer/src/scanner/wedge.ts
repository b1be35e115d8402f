// Tells a keyboard-wedge scanner from a person by timing. A scanner "types" a whole code in a few milliseconds
// per key and ends it with Enter; people rarely manage more than a key every ~60 ms. A burst counts as a scan
// when it has at least `minLength` characters, every gap (including the one before Enter) is at most `maxGapMs`,
// and it ends in Enter. Pure logic: the DOM side (listener.ts) feeds key events and acts on the decisions.
import { charFor, isEnter, isModifier, type KeyInput } from './keymap';

export interface WedgeOptions {
  /** Longest pause between two keys of one scan. */
  maxGapMs: number;
  /** Fewest characters a scan may have; shorter fast bursts are typing. */
  minLength: number;
}

export const DEFAULT_WEDGE: WedgeOptions = { maxGapMs: 35, minLength: 4 };

export interface WedgeKey extends KeyInput {
  /** Event time in ms (KeyboardEvent.timeStamp). */
  time: number;
}

export type WedgeDecision =
  /** Not ours: a modifier, a shortcut or a key that breaks any burst. Let it through. */
  | { kind: 'pass' }
  /** A character; `startsBurst` when it opens a new burst (the listener snapshots the focused input then). */
  | { kind: 'char'; char: string; startsBurst: boolean }
  /** Enter that completes a scan: swallow it and deliver `text`. */
  | { kind: 'scan'; text: string }
  /** Enter typed by a person (or after a too-short burst): let it through. */
  | { kind: 'enter' };

export interface Wedge {
  feed(key: WedgeKey): WedgeDecision;
  reset(): void;
}

export function createWedge(options: Partial<WedgeOptions> = {}): Wedge {
  const { maxGapMs, minLength } = { ...DEFAULT_WEDGE, ...options };
  let text = '';
  let last = -Infinity;

  const reset = () => {
    text = '';
    last = -Infinity;
  };

  return {
    reset,
    feed(key) {
      if (isModifier(key.code)) return { kind: 'pass' };
      const gap = key.time - last;
      if (isEnter(key.code)) {
        const scanned = text.length >= minLength && gap <= maxGapMs ? text : null;
        reset();
        return scanned === null ? { kind: 'enter' } : { kind: 'scan', text: scanned };
      }
      const char = charFor(key);
      if (char === null) {
        reset();
        return { kind: 'pass' };
      }
      // A slow gap means what came before was typed by a person: the burst starts over with this key.
      const startsBurst = gap > maxGapMs;
      if (startsBurst) text = '';
      text += char;
      last = key.time;
      return { kind: 'char', char, startsBurst };
    },
  };
}
