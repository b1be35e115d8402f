// What the settings screen and the status bar show about a serial scanner.
import type { DeviceReason } from '../serial/port-error';

/**
 * connected: the port is open and scans arrive. waiting: the scanner is away (unplugged, not yet plugged in) and
 * the service retries by itself. error: something a person must fix (permission, port used by another program,
 * driver missing); it is retried too, more slowly. stopped: disabled in settings.
 */
export type ScannerState = 'connected' | 'waiting' | 'error' | 'stopped';

export interface ScannerStatus {
  id: string;
  name: string;
  path: string;
  state: ScannerState;
  /** Why it is waiting or in error; null when connected or stopped. Translated at the API edge. */
  reason: DeviceReason | null;
  /** Epoch ms of the last state change. */
  since: number;
  /** Failed opens since the last successful one. */
  attempts: number;
  /** Epoch ms of the next reconnect attempt, when one is scheduled. */
  nextRetryAt: number | null;
  scans: number;
  lastScanAt: number | null;
  /** Bytes thrown away: a scan cut off by an unplug before its suffix, or noise without any suffix. */
  droppedBytes: number;
}
