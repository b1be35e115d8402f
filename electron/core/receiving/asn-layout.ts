// The layout of a brand shipment notice file (到货通知/发货单), the same for .xlsx, CSV (UTF-8 or GBK) and JSON:
// one row per line; rows with the same 到货单号 and 品牌 form one notice. See ASN-FORMAT.md beside this file.
import type { ColumnSpec } from '../imports/columns';

export type AsnKey =
  | 'asnNo'
  | 'brand'
  | 'poNumber'
  | 'shippedOn'
  | 'sku'
  | 'barcode'
  | 'unit'
  | 'qty'
  | 'batch'
  | 'producedOn'
  | 'expiresOn'
  | 'price'
  | 'caseCodes';

export const ASN_COLUMNS: readonly ColumnSpec<AsnKey>[] = [
  { key: 'asnNo', header: '到货单号', aliases: ['发货单号', '通知单号', '单号', 'ASN', 'asn_no', 'asnNo'], required: true },
  { key: 'brand', header: '品牌', aliases: ['品牌名称', '品牌编码', 'brand'], required: true },
  { key: 'poNumber', header: '采购单号', aliases: ['订单号', 'po_no', 'poNumber', 'po_number'] },
  { key: 'shippedOn', header: '发货日期', aliases: ['shipped_on', 'shippedOn', 'ship_date'] },
  { key: 'sku', header: '商品编码', aliases: ['商品代码', '货号', 'SKU', 'product_code'] },
  { key: 'barcode', header: '条码', aliases: ['商品条码', 'barcode', 'gtin'] },
  { key: 'unit', header: '单位', aliases: ['unit'] },
  { key: 'qty', header: '数量', aliases: ['发货数量', 'qty', 'quantity'], required: true },
  { key: 'batch', header: '批号', aliases: ['批次', '批次号', 'batch', 'batch_no', 'lot'] },
  { key: 'producedOn', header: '生产日期', aliases: ['produced_on', 'producedOn', 'production_date'] },
  { key: 'expiresOn', header: '有效期至', aliases: ['到期日期', '有效期', '保质期至', 'expires_on', 'expiresOn', 'expiry_date'] },
  { key: 'price', header: '单价(元)', aliases: ['单价', 'price'] },
  { key: 'caseCodes', header: '箱码', aliases: ['追溯码', 'case_codes', 'caseCodes', 'codes'] },
];

/** Several case codes in one cell are separated by any of these. */
export const CODE_SEPARATORS = /[;,，；|\s]+/;
