// Input of scan.resolve and the shapes it answers with — shared by the API and the renderer's scan handling.
import { z } from 'zod';
import type { ScanHint, ScanResolution } from '../../core/scan/types';

/** One raw scan as the scanner delivered it (AIM prefix, GS separators, trailing CR/LF all allowed). */
export const resolveScanInput = z.object({ raw: z.string().max(4096) });
export type ResolveScanInput = z.infer<typeof resolveScanInput>;

/** A hint with its message already in the caller's language. */
export type TranslatedScanHint = ScanHint & { message: string };

/** What scan.resolve returns: a ScanResolution whose unknown-code hint carries its translated message. */
export type ResolvedScan =
  | Exclude<ScanResolution, { kind: 'unknown' }>
  | (Omit<Extract<ScanResolution, { kind: 'unknown' }>, 'hint'> & { hint: TranslatedScanHint });

export type { ScanDetails, ScanKind, ScanProduct, ScanUnit } from '../../core/scan/types';
