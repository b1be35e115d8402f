// Where the session token lives between reloads. sessionStorage: a reload keeps you signed in, closing the
// window (or the browser tab on another office PC) signs you out, and other tabs do not share the session.
const KEY = 'dms.token';

/** Why the token went away: the sign-in page says "session expired" only when it did. */
export type SignOutReason = 'signout' | 'expired';

let token: string | null = readStored();
let reason: SignOutReason | null = null;
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function getToken(): string | null {
  return token;
}

export function signOutReason(): SignOutReason | null {
  return reason;
}

export function setToken(next: string | null, why: SignOutReason = 'signout'): void {
  token = next;
  reason = next ? null : why;
  try {
    if (next) sessionStorage.setItem(KEY, next);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage may be disabled (private mode); the in-memory token still works for this page.
  }
  for (const l of listeners) l();
}

export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
