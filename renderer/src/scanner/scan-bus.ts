// Who gets a scan: the screen in focus. Screens and dialogs subscribe while mounted; the latest subscriber (a
// dialog opened over a screen) wins, and when it goes away the one below gets scans again.
export interface Scan {
  /** What the scanner sent, without the final Enter. */
  text: string;
  at: number;
}

export type ScanHandler = (scan: Scan) => void;

const stack: ScanHandler[] = [];

export function subscribeScan(handler: ScanHandler): () => void {
  stack.push(handler);
  return () => {
    const i = stack.lastIndexOf(handler);
    if (i >= 0) stack.splice(i, 1);
  };
}

/** Hands the scan to the top subscriber; false when no screen takes scans. */
export function deliverScan(scan: Scan): boolean {
  const top = stack[stack.length - 1];
  if (!top) return false;
  top(scan);
  return true;
}
