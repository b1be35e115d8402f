// Who may call the API over IPC, which navigations and links the window allows, and which web permissions.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/main/app-url';
import { externalLinkAction, isAllowedNavigation } from '../../electron/main/security/navigation';
import { isPermissionAllowed } from '../../electron/main/security/permissions';
import { isTrustedSender, originOf } from '../../electron/main/security/sender-check';

const ours = { fromMainWindow: true, frameIsTop: true, frameUrl: 'app://dms/index.html' };

describe('originOf', () => {
  it('gives custom schemes a real origin and rejects garbage', () => {
    expect(originOf('app://dms/catalog?x=1')).toBe('app://dms');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('file:///tmp/index.html')).toBe('file://');
    expect(originOf('nonsense')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of the main window showing our origin', () => {
    expect(isTrustedSender(ours, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://dms/sales/orders/7' }, APP_ORIGIN)).toBe(true);
  });

  it('refuses other windows, sub-frames, gone frames and other origins', () => {
    expect(isTrustedSender({ ...ours, fromMainWindow: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...ours, frameIsTop: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: null }, APP_ORIGIN)).toBe(false);
    for (const url of [
      'https://evil.example/',
      'app://dms.evil.example/',
      'app://evil/index.html',
      'file:///opt/dms/out/renderer/index.html',
      'about:blank',
      'data:text/html,<script>',
      'http://localhost:5173/',
    ]) {
      expect(isTrustedSender({ ...ours, frameUrl: url }, APP_ORIGIN), url).toBe(false);
    }
  });

  it('in development trusts the dev server origin and nothing else', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/' }, dev)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false);
    expect(isTrustedSender(ours, dev)).toBe(false);
  });
});

describe('navigation', () => {
  it('keeps the top frame on our origin', () => {
    expect(isAllowedNavigation('app://dms/index.html', APP_ORIGIN)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)', 'app://x/']) {
      expect(isAllowedNavigation(url, APP_ORIGIN), url).toBe(false);
    }
  });

  it('lets a sub-frame hold an empty document (printing) but no other origin', () => {
    expect(isAllowedNavigation('about:srcdoc', APP_ORIGIN, false)).toBe(true);
    expect(isAllowedNavigation('about:blank', APP_ORIGIN, false)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', APP_ORIGIN, false)).toBe(false);
  });

  it('never opens a new window; opens https links externally only for allow-listed hosts', () => {
    expect(externalLinkAction('https://example.com/help')).toBe('deny');
    expect(externalLinkAction('app://dms/index.html')).toBe('deny');
    const allow = ['help.example.com'];
    expect(externalLinkAction('https://help.example.com/x', allow)).toBe('open-external');
    expect(externalLinkAction('http://help.example.com/x', allow)).toBe('deny');
    expect(externalLinkAction('https://user:pw@help.example.com/', allow)).toBe('deny');
    expect(externalLinkAction('https://help.example.com.evil.example/', allow)).toBe('deny');
    expect(externalLinkAction('file:///C:/Windows/system32/calc.exe', allow)).toBe('deny');
    expect(externalLinkAction('not a url', allow)).toBe('deny');
  });
});

describe('permissions', () => {
  it('denies web permissions except writing text to the clipboard from our own page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://dms/index.html', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://dms', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP_ORIGIN)).toBe(false);
    for (const p of ['clipboard-read', 'media', 'geolocation', 'notifications', 'serial', 'hid', 'usb', 'openExternal', 'fullscreen']) {
      expect(isPermissionAllowed(p, 'app://dms/index.html', APP_ORIGIN), p).toBe(false);
    }
  });
});
