// Every IPC message is checked for who sent it before the API sees it. Only the top frame of our own main window,
// showing our own origin, may call the API: not an iframe, not another window, not a page that was navigated
// elsewhere (navigation is blocked too, but the check does not rely on that).
export interface SenderFacts {
  /** The message came from the main window's webContents. */
  fromMainWindow: boolean;
  /** event.senderFrame is that window's top frame (null frames — already gone — count as not top). */
  frameIsTop: boolean;
  /** event.senderFrame.url, or null when the frame is gone. */
  frameUrl: string | null;
}

export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    // Custom schemes give origin "null" in WHATWG URL; rebuild it from protocol and host.
    return u.origin === 'null' ? `${u.protocol}//${u.host}` : u.origin;
  } catch {
    return null;
  }
}

export function isTrustedSender(facts: SenderFacts, appOrigin: string): boolean {
  if (!facts.fromMainWindow || !facts.frameIsTop || facts.frameUrl === null) return false;
  return originOf(facts.frameUrl) === appOrigin;
}
