// Node and serialport errors turned into stable, translatable reasons. System error text is English and differs by
// platform, so a person sees our message for the cases we know and the system's code only as a detail.
import type { MessageCode } from '../../core/shared/messages';

export interface DeviceReason {
  code: MessageCode;
  params: Record<string, string | number>;
}

/** `waiting` reasons mean "not there now, will be back" (unplugged, switched off); the rest are errors to fix. */
export interface ClassifiedReason extends DeviceReason {
  waiting: boolean;
}

export function errorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; errno?: unknown; message?: unknown };
    if (typeof e.code === 'string') return e.code;
    if (typeof e.message === 'string') {
      // serialport's native layer reports "Error: No such file or directory, cannot open /dev/ttyUSB0".
      const m = e.message;
      if (/No such file|cannot find|File not found|ENOENT/i.test(m)) return 'ENOENT';
      if (/Permission denied|Access denied|EACCES/i.test(m)) return 'EACCES';
      if (/Resource busy|Cannot lock port|EBUSY/i.test(m)) return 'EBUSY';
      if (/bad file descriptor|EBADF/i.test(m)) return 'EBADF';
      if (/Input\/output error|EIO/i.test(m)) return 'EIO';
    }
  }
  return 'UNKNOWN';
}

/** Why a serial or USB device cannot be opened or was lost. */
export function classifyPortError(err: unknown, path: string): ClassifiedReason {
  const code = errorCode(err);
  switch (code) {
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return { code: 'DEVICE_NOT_FOUND', params: { path }, waiting: true };
    case 'EBADF':
    case 'EIO':
      return { code: 'DEVICE_DISCONNECTED', params: { path }, waiting: true };
    case 'EACCES':
    case 'EPERM':
      return { code: 'DEVICE_DENIED', params: { path }, waiting: false };
    case 'EBUSY':
      return { code: 'DEVICE_BUSY', params: { path }, waiting: false };
    default:
      return { code: 'DEVICE_IO', params: { path, detail: code === 'UNKNOWN' ? messageOf(err) : code }, waiting: false };
  }
}

export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 200);
