// Web permissions (camera, microphone, geolocation, notifications, USB/serial/HID from the page…) are denied: the
// UI does not need them and devices are driven from the main process. Writing plain text to the clipboard is the
// one exception, so a clerk can copy a document number with a button; reading the clipboard stays denied.
import { originOf } from './sender-check';

const ALLOWED: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return ALLOWED.has(permission) && originOf(requestingUrl) === appOrigin;
}
