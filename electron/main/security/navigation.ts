// The window shows our UI and nothing else. In-app routing uses the History API, which does not navigate, so
// any real navigation to another origin is refused; links to the web open in the system browser only when their
// host is on the allow-list (empty for now: the app has no reason to send clerks to a website).
import { originOf } from './sender-check';

/** Hosts whose https links may open in the system browser. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];

/**
 * The top frame may only ever show our origin. A sub-frame may also be an empty document (about:blank or
 * about:srcdoc), which is how a page prints a fragment of itself; the CSP still keeps other origins out of frames.
 */
export function isAllowedNavigation(url: string, appOrigin: string, isMainFrame = true): boolean {
  if (originOf(url) === appOrigin) return true;
  return !isMainFrame && (url === 'about:blank' || url === 'about:srcdoc');
}

/** What to do with a window.open / target=_blank request: new windows are never created. */
export function externalLinkAction(url: string, allowHosts: readonly string[] = EXTERNAL_LINK_HOSTS): 'open-external' | 'deny' {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' && u.username === '' && u.password === '' && allowHosts.includes(u.hostname)) {
      return 'open-external';
    }
  } catch {
    // An unparsable URL is denied like any other.
  }
  return 'deny';
}
