// node-serialport, loaded on first use. Loading it lazily keeps the app (and its type check) working on a machine
// where the native module is missing or built for another runtime: serial devices then report a translated error
// instead of the whole main process failing to start. The interface below is the part of serialport 13 we use.
import type { EventEmitter } from 'node:events';

export interface PortInfo {
  path: string;
  manufacturer?: string;
  serialNumber?: string;
  pnpId?: string;
  vendorId?: string;
  productId?: string;
}

export interface SerialPortOptions {
  path: string;
  baudRate: number;
  dataBits?: 5 | 6 | 7 | 8;
  parity?: 'none' | 'even' | 'odd';
  stopBits?: 1 | 2;
  autoOpen: false;
}

/** serialport's SerialPort: a Duplex stream. 'close' carries an error with `disconnected: true` on unplug. */
export interface SerialPortInstance extends EventEmitter {
  readonly isOpen: boolean;
  open(cb: (err: Error | null) => void): void;
  write(data: Uint8Array, cb?: (err: Error | null | undefined) => void): boolean;
  drain(cb: (err: Error | null) => void): void;
  close(cb?: (err: Error | null) => void): void;
  destroy(err?: Error): void;
}

export interface SerialPortModule {
  SerialPort: {
    new (options: SerialPortOptions): SerialPortInstance;
    list(): Promise<PortInfo[]>;
  };
}

let loading: Promise<SerialPortModule> | null = null;

/** The serialport module; rejects with the loader's error when it is not installed or cannot load. */
export function loadSerialPort(): Promise<SerialPortModule> {
  // A variable specifier keeps bundlers and tsc from resolving it at build time (see the note at the top).
  const specifier = 'serialport';
  loading ??= (import(specifier) as Promise<SerialPortModule>).catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
