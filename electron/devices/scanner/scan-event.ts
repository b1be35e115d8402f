// One scan, as every source delivers it: the keyboard wedge in the renderer and serial scanners in main produce the
// same shape, so a screen handles a scan the same way whichever scanner the clerk picked up.
export interface ScanEvent {
  /** The decoded text without its suffix (CR/LF), exactly as scanned: GS1 group separators kept. */
  raw: string;
  source: 'serial';
  /** Epoch ms when the scan's last byte arrived. */
  at: number;
  /** Which configured scanner sent it. */
  scanner: string;
}
