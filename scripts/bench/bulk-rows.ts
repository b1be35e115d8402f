// A fast bulk fill for the benchmarks: brands, products with a bottle and a case unit, EAN-13 / GTIN-14 barcodes
// with valid check digits, two price lists, salespeople and stores — Chinese names throughout. Plain prepared
// statements in one transaction, touching only columns of the first migration, so it can fill a database that is
// still at schema version 1 (db.open_migrate_ms then times the real migrations over it).
import type { Sqlite } from '../../db/open';
import { transact } from '../../db/tx';
import { productSearchText } from '../../electron/core/catalog/product-text';
import { searchTextFor } from '../../electron/core/catalog/search-text';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import { newId } from '../../electron/core/shared/ids';
import { pick, seededRandom } from './stats';

const BRANDS = [
  '康师傅', '统一', '农夫山泉', '娃哈哈', '可口可乐', '百事', '伊利', '蒙牛', '旺旺', '达利园', '青岛啤酒', '雪花',
  '王老吉', '加多宝', '红牛', '东鹏', '元气森林', '怡宝', '百岁山', '今麦郎', '白象', '三只松鼠', '良品铺子', '洽洽',
  '卫龙', '海天', '李锦记', '老干妈', '金龙鱼', '福临门', '光明', '君乐宝', '养乐多', '雀巢', '银鹭', '露露', '六个核桃',
  '汇源', '北冰洋', '冰峰',
];
const LINES = [
  '冰红茶', '绿茶', '茉莉清茶', '矿泉水', '纯净水', '苏打水', '纯牛奶', '酸奶', '乳酸菌饮品', '核桃乳', '椰汁', '橙汁',
  '可乐', '雪碧', '功能饮料', '凉茶', '啤酒', '方便面', '桶面', '火腿肠', '饼干', '威化', '薯片', '瓜子', '辣条', '牛肉干',
  '蛋黄派', '面包', '酱油', '蚝油', '辣椒酱', '食用油', '大米', '挂面', '八宝粥', '果冻', '口香糖', '巧克力',
];
const FLAVOURS = ['', '原味', '柠檬味', '蜜桃味', '青苹果味', '无糖', '低脂', '红烧牛肉', '香辣', '海鲜', '五香', '草莓味', '经典'];
const SIZES = [
  { spec: '330ml', unit: '罐', factors: [12, 24] },
  { spec: '500ml', unit: '瓶', factors: [15, 24] },
  { spec: '550ml', unit: '瓶', factors: [12, 24] },
  { spec: '1.5L', unit: '瓶', factors: [6, 12] },
  { spec: '250ml', unit: '盒', factors: [12, 24] },
  { spec: '100g', unit: '袋', factors: [20, 40] },
  { spec: '200g', unit: '袋', factors: [10, 20] },
  { spec: '5kg', unit: '袋', factors: [4] },
];
const REGIONS = ['城关', '东城', '西城', '南关', '北郊', '开发区', '高新区', '新华路', '人民路', '解放路', '建设路', '中山路'];
const SHOPS = ['便利店', '超市', '商行', '副食店', '烟酒店', '小卖部', '批发部', '生活超市'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英'];

/** EAN-13 number i under China's GS1 prefix 690–699, with its check digit. */
export function ean13For(i: number): string {
  const body = `69${String(i).padStart(10, '0')}`;
  return body + String(gtinCheckDigit(body));
}

/** The GTIN-14 of a case of the item: indicator digit 1 in front of the item's first 12 digits. */
export function caseGtinFor(ean13: string): string {
  const body = `1${ean13.slice(0, 12)}`;
  return body + String(gtinCheckDigit(body));
}

export interface BulkCounts {
  products: number;
  customers: number;
}

const NOW = '2026-01-01T00:00:00.000Z';

export function bulkFill(sqlite: Sqlite, counts: BulkCounts, seed = 20261122): void {
  const rnd = seededRandom(seed);
  transact(sqlite, () => {
    const brandIds = insertBrands(sqlite);
    const priceLists = insertPriceLists(sqlite);
    insertProducts(sqlite, counts.products, brandIds, priceLists, rnd);
    insertCustomers(sqlite, counts.customers, insertSalespeople(sqlite), priceLists, rnd);
  });
}

function insertBrands(sqlite: Sqlite): string[] {
  const stmt = sqlite.prepare('INSERT INTO brands (id, code, name, created_at) VALUES (?, ?, ?, ?)');
  return BRANDS.map((name, i) => {
    const id = newId();
    stmt.run(id, `B${String(i + 1).padStart(3, '0')}`, name, NOW);
    return id;
  });
}

function insertPriceLists(sqlite: Sqlite): string[] {
  const stmt = sqlite.prepare('INSERT INTO price_lists (id, code, name, created_at) VALUES (?, ?, ?, ?)');
  return [
    ['PF', '批发价'],
    ['KA', 'KA价'],
  ].map(([code, name]) => {
    const id = newId();
    stmt.run(id, code, name, NOW);
    return id;
  });
}

function insertProducts(sqlite: Sqlite, n: number, brandIds: string[], priceLists: string[], rnd: () => number): void {
  const product = sqlite.prepare(
    `INSERT INTO products (id, sku, name, spec, brand_id, base_unit, shelf_life_days, status, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
  );
  const unit = sqlite.prepare('INSERT INTO product_units (id, product_id, name, factor) VALUES (?, ?, ?, ?)');
  const barcode = sqlite.prepare('INSERT INTO barcodes (code, product_id, unit_id) VALUES (?, ?, ?)');
  const price = sqlite.prepare('INSERT INTO prices (price_list_id, unit_id, product_id, price, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (let i = 0; i < n; i++) {
    const b = Math.floor(rnd() * BRANDS.length);
    const size = pick(SIZES, rnd);
    const factor = pick(size.factors, rnd);
    const name = `${BRANDS[b]}${pick(LINES, rnd)}${pick(FLAVOURS, rnd)} ${size.spec}`;
    const sku = `SP${String(i + 1).padStart(6, '0')}`;
    const id = newId();
    product.run(id, sku, name, `${size.spec}×${factor}`, brandIds[b], size.unit, 180 + Math.floor(rnd() * 540), productSearchText({ name, sku, brandName: BRANDS[b] }), NOW, NOW);
    const each = newId();
    const caseId = newId();
    unit.run(each, id, size.unit, 1);
    unit.run(caseId, id, '箱', factor);
    const ean = ean13For(i + 1);
    barcode.run(ean, id, each);
    barcode.run(caseGtinFor(ean), id, caseId);
    const fen = 150 + Math.floor(rnd() * 4850); // ¥1.50–¥49.99 a bottle
    priceLists.forEach((list, k) => {
      const listFen = k === 0 ? fen : Math.round(fen * 0.96);
      price.run(list, each, id, listFen, NOW);
      price.run(list, caseId, id, listFen * factor, NOW);
    });
  }
}

function insertSalespeople(sqlite: Sqlite): string[] {
  const stmt = sqlite.prepare(`INSERT INTO employees (id, code, name, phone, role, search_text, created_at) VALUES (?, ?, ?, ?, 'salesperson', ?, ?)`);
  return Array.from({ length: 12 }, (_, i) => {
    const id = newId();
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`;
    const code = `YW${String(i + 1).padStart(3, '0')}`;
    stmt.run(id, code, name, `1380000${String(i).padStart(4, '0')}`, searchTextFor([name, code]), NOW);
    return id;
  });
}

function insertCustomers(sqlite: Sqlite, n: number, salespeople: string[], priceLists: string[], rnd: () => number): void {
  const stmt = sqlite.prepare(
    `INSERT INTO customers (id, code, name, contact, phone, address, region, channel, salesperson_id, price_list_id,
       credit_limit, payment_terms_days, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < n; i++) {
    const region = pick(REGIONS, rnd);
    const contact = `${pick(SURNAMES, rnd)}${pick(GIVEN, rnd)}`;
    const name = `${region}${contact.slice(0, 1)}记${pick(SHOPS, rnd)}`;
    const code = `KH${String(i + 1).padStart(6, '0')}`;
    const phone = `13${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`;
    const channel = rnd() < 0.1 ? 'KA' : '传统渠道';
    stmt.run(
      newId(), code, name, contact, phone, `${region}${1 + Math.floor(rnd() * 300)}号`, region, channel,
      pick(salespeople, rnd), priceLists[channel === 'KA' ? 1 : 0], 100_000 * Math.floor(rnd() * 50), pick([0, 7, 15, 30], rnd),
      searchTextFor([name, code, contact, phone]), NOW, NOW,
    );
  }
}
