// All serial scanners of this PC: started from settings, reconfigured live, each reconnecting by itself. Emits
// 'scan' (ScanEvent, the same shape as the keyboard wedge's) and 'status' (ScannerStatus) for the UI.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { ScannerConfig } from '../../core/devices/scanner-config';
import type { Backoff } from '../backoff';
import { loadSerialPort, type PortInfo, type SerialPortModule } from '../serial/serialport-module';
import type { ScanEvent } from './scan-event';
import { ScannerLink } from './scanner-link';
import type { ScannerStatus } from './scanner-status';

export interface ScannerServiceOptions {
  loadSerialPort?: () => Promise<SerialPortModule>;
  backoff?: Backoff;
}

export interface PortEntry extends PortInfo {
  /** Reported by the system's port list (USB-serial adapters, built-in ports). */
  listed: boolean;
  /** The path exists right now (a configured link such as /dev/serial/by-id/… or a pty may not be listed). */
  present: boolean;
  /** Ids of the scanners configured on this path. */
  usedBy: string[];
}

interface ServiceEvents {
  scan: [ScanEvent];
  status: [ScannerStatus];
}

export class ScannerService extends EventEmitter<ServiceEvents> {
  private links = new Map<string, ScannerLink>();
  private readonly load: () => Promise<SerialPortModule>;

  constructor(private readonly opts: ScannerServiceOptions = {}) {
    super();
    this.load = opts.loadSerialPort ?? loadSerialPort;
  }

  /** Applies a new scanner list: unchanged scanners keep their open port, changed ones reopen, removed ones close. */
  async configure(configs: readonly ScannerConfig[]): Promise<void> {
    const wanted = new Map(configs.map((c) => [c.id, c]));
    const stops: Promise<void>[] = [];
    for (const [id, link] of this.links) {
      const next = wanted.get(id);
      if (!next || JSON.stringify(next) !== JSON.stringify(link.config)) {
        this.links.delete(id);
        stops.push(link.stop());
      }
    }
    // Close before reopening: a scanner whose settings changed reopens the same port.
    await Promise.all(stops);
    for (const c of configs) {
      if (this.links.has(c.id)) continue;
      const link = new ScannerLink(
        c,
        { loadSerialPort: this.load, backoff: this.opts.backoff },
        { scan: (e) => this.emit('scan', e), status: (s) => this.emit('status', s) },
      );
      this.links.set(c.id, link);
      link.start();
    }
  }

  status(): ScannerStatus[] {
    return [...this.links.values()].map((l) => l.status);
  }

  /** Ports to choose from: the system's list plus every configured path, so a by-id link or a pty shows too. */
  async listPorts(): Promise<PortEntry[]> {
    let listed: PortInfo[] = [];
    try {
      listed = await (await this.load()).SerialPort.list();
    } catch {
      // Without the driver there is no list; configured paths still show, and their status says why.
    }
    const usedBy = (path: string) => [...this.links.values()].filter((l) => l.config.path === path).map((l) => l.config.id);
    const entries: PortEntry[] = listed.map((p) => ({ ...p, listed: true, present: true, usedBy: usedBy(p.path) }));
    for (const link of this.links.values()) {
      const path = link.config.path;
      if (entries.some((e) => e.path === path)) continue;
      entries.push({ path, listed: false, present: isWindowsPort(path) ? false : existsSync(path), usedBy: usedBy(path) });
    }
    return entries.sort((a, b) => a.path.localeCompare(b.path));
  }

  async close(): Promise<void> {
    await this.configure([]);
    this.removeAllListeners();
  }
}

/** COM ports are not files; whether one is there only the system list can tell. */
const isWindowsPort = (path: string) => /^COM\d+$/i.test(path);
