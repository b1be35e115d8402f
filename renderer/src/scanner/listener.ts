// Binds the wedge detector to the page. It listens on window in the capture phase so it sees every key before
// any input or shortcut handler, swallows the Enter that ends a scan (so no form submits) and puts the focused
// text field back the way it was before the scan started, so scanned characters are not left typed into it.
import { createWedge, type WedgeOptions } from './wedge';

type TextField = HTMLInputElement | HTMLTextAreaElement;

interface Snapshot {
  field: TextField;
  value: string;
  start: number | null;
  end: number | null;
}

function isTextField(el: Element | null): el is TextField {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'radio');
}

function snapshotOf(el: Element | null): Snapshot | null {
  if (!isTextField(el)) return null;
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = el.selectionStart;
    end = el.selectionEnd;
  } catch {
    // Some input types (number, email) have no selection API.
  }
  return { field: el, value: el.value, start, end };
}

/** Sets the value the way typing does, so React's controlled inputs see the change. */
function restore(s: Snapshot): void {
  const proto = s.field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (s.field.value === s.value) return;
  if (setValue) setValue.call(s.field, s.value);
  else s.field.value = s.value;
  s.field.dispatchEvent(new Event('input', { bubbles: true }));
  if (s.start !== null && s.end !== null) {
    try {
      s.field.setSelectionRange(s.start, s.end);
    } catch {
      // See snapshotOf.
    }
  }
}

/**
 * An IME commits its composed text after the Enter that ended the scan (as compositionend and/or a plain input),
 * so for a moment afterwards every change to the field is undone again. Half a second is far shorter than a
 * person needs to start typing again.
 */
function putBackAfterIme(s: Snapshot): void {
  const again = () => setTimeout(() => restore(s), 0);
  s.field.addEventListener('compositionend', again);
  s.field.addEventListener('input', again);
  setTimeout(() => {
    s.field.removeEventListener('compositionend', again);
    s.field.removeEventListener('input', again);
  }, 500);
}

export function listenForScans(onScan: (text: string) => void, options: Partial<WedgeOptions> = {}): () => void {
  const wedge = createWedge(options);
  let snapshot: Snapshot | null = null;
  // Set when a key of the current burst went through an IME: the IME commits its text after our Enter handler,
  // so the field must be put back once more when the composition ends.
  let composing = false;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.repeat) {
      wedge.reset();
      return;
    }
    const d = wedge.feed({ code: e.code, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, time: e.timeStamp });
    if (d.kind === 'char') {
      if (d.startsBurst) {
        snapshot = snapshotOf(document.activeElement);
        composing = false;
      }
      if (e.isComposing || e.key === 'Process') composing = true;
      return;
    }
    if (d.kind === 'scan') {
      e.preventDefault();
      e.stopImmediatePropagation();
      const s = snapshot;
      if (s) {
        restore(s);
        if (composing || e.isComposing) putBackAfterIme(s);
      }
      snapshot = null;
      onScan(d.text);
      return;
    }
    snapshot = null;
  };

  window.addEventListener('keydown', onKeyDown, { capture: true });
  return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
}
