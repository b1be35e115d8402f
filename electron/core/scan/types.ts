// What a scan resolves to. Plain data (no Dates, no undefined) so that it crosses IPC and HTTP unchanged.
import type { MessageCode } from '../shared/messages';

export interface ScanProduct {
  id: string;
  sku: string;
  name: string;
  spec: string;
  baseUnit: string;
  status: 'active' | 'inactive';
}

export interface ScanUnit {
  id: string;
  name: string;
  /** Base units in one of this unit. */
  factor: number;
}

/** What a GS1 code (or a trace code's record) adds about the physical goods. Dates are YYYY-MM-DD. */
export interface ScanDetails {
  batch: string | null;
  producedOn: string | null;
  /** AI 17 (expiry), else AI 15 (best before): Chinese labels print one 保质期至 date, encoded as either. */
  expiresOn: string | null;
  serial: string | null;
  /** AI 30 or AI 37: how many of the scanned unit the label stands for. */
  quantity: number | null;
  /** Every GS1 element as scanned, in order; empty for a plain barcode. */
  gs1: { ai: string; value: string }[];
}

/** A message for the person scanning, translated at the API edge. */
export interface ScanHint {
  code: MessageCode;
  params: Record<string, string | number>;
}

export type ScanResolution =
  | ({
      kind: 'product';
      /** The barcode as the catalog stores it. */
      code: string;
      /** GTIN-14 of the code, or null for a non-GTIN barcode. */
      gtin: string | null;
      product: ScanProduct;
      unit: ScanUnit;
    } & ScanDetails)
  | ({
      kind: 'trace';
      code: string;
      level: 'case' | 'box' | 'item';
      /** The code of the case or box this one is packed in. */
      parentCode: string | null;
      product: ScanProduct;
      unit: ScanUnit | null;
    } & ScanDetails)
  | {
      kind: 'document';
      code: string;
      /** e.g. SO-20261122-0007 */
      number: string;
      prefix: string;
      date: string;
      seq: number;
    }
  | ({
      kind: 'unknown';
      /** The code to offer for a new product's barcode (EAN-13 spelling for a GS1 GTIN that starts with 0). */
      code: string;
      gtin: string | null;
      /** True when the code is a valid GTIN, so a product can be created with it as its barcode. */
      canCreateProduct: boolean;
      hint: ScanHint;
    } & ScanDetails);

export type ScanKind = ScanResolution['kind'];
