// One Content-Security-Policy for the Electron window and the HTTP host.
import { describe, expect, it } from 'vitest';
import { CSP as hostCsp } from '../../electron/host/static';
import { CSP, devCsp } from '../../electron/api/security/csp';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('CSP', () => {
  it('is the same policy for the host and the window', () => {
    expect(hostCsp).toBe(CSP);
  });

  it('allows only our own scripts: no inline, no eval, no plugins, no framing, no base tag', () => {
    const d = directives(CSP);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-eval|\*/);
  });

  it('relaxes only script-src (inline preamble) and connect-src (hot reload) for the dev server', () => {
    const dev = directives(devCsp('http://localhost:5173'));
    const prod = directives(CSP);
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    for (const [name, value] of prod) if (name !== 'script-src' && name !== 'connect-src') expect(dev.get(name)).toEqual(value);
  });
});
