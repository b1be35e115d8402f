// Screens call useScan(handler) to receive scans while they are mounted (and `enabled`); see scan-bus.ts.
import { useEffect, useRef } from 'react';
import { subscribeScan, type Scan } from './scan-bus';

export function useScan(handler: (scan: Scan) => void, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    return subscribeScan((scan) => latest.current(scan));
  }, [enabled]);
}
