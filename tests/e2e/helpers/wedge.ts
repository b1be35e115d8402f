// Plays a USB scanner in keyboard mode through the Chrome DevTools Protocol: trusted key events with the physical
// key codes a scanner produces, stamped 4 ms apart. The stamps matter: the page tells a scanner from a person by
// KeyboardEvent.timeStamp, which for real input is when the key was pressed, not when the (possibly busy) page got
// round to it; dispatching one by one from a test would otherwise space the keys by the page's render time.
import type { CDPSession, Page } from 'playwright-core';

const GAP_S = 0.004;

interface KeySpec {
  code: string;
  key: string;
  vk: number;
}

function keyOf(ch: string): KeySpec {
  if (/[0-9]/.test(ch)) return { code: `Digit${ch}`, key: ch, vk: ch.charCodeAt(0) };
  if (/[a-zA-Z]/.test(ch)) return { code: `Key${ch.toUpperCase()}`, key: ch, vk: ch.toUpperCase().charCodeAt(0) };
  if (ch === '-') return { code: 'Minus', key: '-', vk: 189 };
  throw new Error(`the test scanner has no key for ${ch}`);
}

async function play(page: Page, run: (cdp: CDPSession, at: () => number) => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let t = Date.now() / 1000;
  try {
    await run(cdp, () => (t += GAP_S));
  } finally {
    await cdp.detach();
  }
}

/** A scanner with the IME off: ordinary key events that type their characters into the focused field. */
export async function scanLikeWedge(page: Page, code: string): Promise<void> {
  await play(page, async (cdp, at) => {
    for (const ch of code) {
      const k = keyOf(ch);
      const base = { code: k.code, key: k.key, windowsVirtualKeyCode: k.vk };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, text: ch, timestamp: at() });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base, timestamp: at() });
    }
    const enter = { code: 'Enter', key: 'Enter', windowsVirtualKeyCode: 13 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', timestamp: at() });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter, timestamp: at() });
  });
}

/**
 * A scanner while a Chinese IME is on: every keydown reaches the page as key "Process" (keyCode 229), the
 * characters pile up as IME composition text in the focused field, and Enter, itself going through the IME,
 * commits that text. Only KeyboardEvent.code still says which key was pressed.
 */
export async function scanThroughIme(page: Page, code: string): Promise<void> {
  await play(page, async (cdp, at) => {
    let composed = '';
    for (const ch of code) {
      const key = { key: 'Process', code: keyOf(ch).code, windowsVirtualKeyCode: 229 };
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key, timestamp: at() });
      composed += ch;
      await cdp.send('Input.imeSetComposition', { text: composed, selectionStart: composed.length, selectionEnd: composed.length });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, timestamp: at() });
    }
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'Enter', windowsVirtualKeyCode: 229, timestamp: at() });
    await cdp.send('Input.insertText', { text: composed });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, timestamp: at() });
  });
}
