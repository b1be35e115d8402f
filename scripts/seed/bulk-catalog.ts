// A large, realistic catalog for benchmarks and for trying the screens at scale: `generateCatalog(core, {products:
// 50000, customers: 20000})`. Plain prepared statements in one transaction (a few seconds for 50,000 products),
// on the current schema, next to whatever is there already (the demo catalog): brands and price lists are reused
// by name, SKUs (BK000001…), customer codes (BKC000001…) and barcodes (company prefix 6975…) keep clear of it.
// Names combine brand, product line, flavour and size, so their pinyin varies the way a real catalog's does.
import type { Sqlite } from '../../db/open';
import { productSearchText } from '../../electron/core/catalog/product-text';
import { searchTextFor } from '../../electron/core/catalog/search-text';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import type { Core } from '../../electron/core/shared/context';
import { newId } from '../../electron/core/shared/ids';
import { mutate } from '../../electron/core/shared/mutate';

const BRANDS = [
  '康师傅', '统一', '农夫山泉', '娃哈哈', '可口可乐', '百事', '伊利', '蒙牛', '旺旺', '达利园', '青岛啤酒', '雪花啤酒',
  '王老吉', '加多宝', '红牛', '东鹏特饮', '元气森林', '怡宝', '百岁山', '今麦郎', '白象', '三只松鼠', '良品铺子', '洽洽',
  '卫龙', '海天', '李锦记', '老干妈', '金龙鱼', '福临门', '光明', '君乐宝', '雀巢', '银鹭', '六个核桃', '汇源', '北冰洋',
  '好丽友', '乐事', '徐福记', '心相印', '维达', '蓝月亮', '立白', '舒肤佳', '高露洁',
];
const CATEGORIES = ['饮料', '乳品', '方便食品', '休闲零食', '酒类', '调味品', '粮油', '日化'];
/** Product line and the category it belongs to. */
const LINES: readonly [string, number][] = [
  ['冰红茶', 0], ['绿茶', 0], ['茉莉清茶', 0], ['乌龙茶', 0], ['矿泉水', 0], ['纯净水', 0], ['苏打水', 0], ['气泡水', 0],
  ['椰汁', 0], ['橙汁', 0], ['可乐', 0], ['凉茶', 0], ['功能饮料', 0], ['咖啡', 0], ['纯牛奶', 1], ['酸奶', 1],
  ['乳酸菌饮品', 1], ['核桃乳', 1], ['早餐奶', 1], ['红烧牛肉面', 2], ['老坛酸菜面', 2], ['香辣牛肉面', 2], ['桶面', 2],
  ['火腿肠', 2], ['八宝粥', 2], ['自热米饭', 2], ['饼干', 3], ['威化', 3], ['薯片', 3], ['瓜子', 3], ['辣条', 3],
  ['牛肉干', 3], ['蛋黄派', 3], ['果冻', 3], ['坚果', 3], ['啤酒', 4], ['黄酒', 4], ['酱油', 5], ['蚝油', 5],
  ['辣椒酱', 5], ['陈醋', 5], ['食用油', 6], ['大米', 6], ['挂面', 6], ['抽纸', 7], ['洗衣液', 7], ['洗洁精', 7], ['牙膏', 7],
];
const FLAVOURS = ['', '原味', '经典', '柠檬味', '蜜桃味', '青苹果味', '荔枝味', '草莓味', '无糖', '低糖', '低脂', '香辣', '五香', '清爽', '特浓', '家庭装'];
const SIZES = [
  { spec: '330ml', unit: '罐', factor: 24 },
  { spec: '500ml', unit: '瓶', factor: 24 },
  { spec: '550ml', unit: '瓶', factor: 24 },
  { spec: '600ml', unit: '瓶', factor: 15 },
  { spec: '1.5L', unit: '瓶', factor: 12 },
  { spec: '250ml', unit: '盒', factor: 24 },
  { spec: '100g', unit: '袋', factor: 40 },
  { spec: '200g', unit: '袋', factor: 20 },
  { spec: '5kg', unit: '袋', factor: 4 },
];
const DISTRICTS = ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '浏阳市', '宁乡市'];
const STREETS = ['五一大道', '解放西路', '人民中路', '韶山北路', '芙蓉中路', '劳动东路', '湘江中路', '东二环', '万家丽路', '桐梓坡路'];
const SHOPS = ['便利店', '超市', '商行', '副食店', '烟酒店', '小卖部', '批发部', '生活超市', '百货', '食品店'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '罗', '高', '林'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '建国', '海燕', '志强', '桂兰'];

/** mulberry32: the same catalog on every run, so figures compare across runs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const pickFrom = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)] as T;

/** EAN-13 number i under the company prefix 6975 (China), with its check digit. */
export function bulkEan13(i: number): string {
  const body = `6975${String(i).padStart(8, '0')}`;
  return `${body}${gtinCheckDigit(body)}`;
}

/** The case's GTIN-14: indicator 1 before the item's first 12 digits, new check digit. */
export function caseGtin14(ean13: string): string {
  const body = `1${ean13.slice(0, 12)}`;
  return `${body}${gtinCheckDigit(body)}`;
}

export interface CatalogCounts {
  products: number;
  customers: number;
}

export interface GeneratedCatalog {
  products: number;
  customers: number;
}

/** Id of the row with this name, inserted when missing. */
function idByName(sqlite: Sqlite, table: 'brands' | 'categories' | 'price_lists', name: string, code: string | null, at: string): string {
  const found = sqlite.prepare(`SELECT id FROM ${table} WHERE name = ?`).get(name) as { id: string } | undefined;
  if (found) return found.id;
  const id = newId();
  if (table === 'categories') sqlite.prepare('INSERT INTO categories (id, name, created_at) VALUES (?, ?, ?)').run(id, name, at);
  else sqlite.prepare(`INSERT INTO ${table} (id, code, name, created_at) VALUES (?, ?, ?, ?)`).run(id, code, name, at);
  return id;
}

export function generateCatalog(core: Core, counts: CatalogCounts, seed = 20261122): GeneratedCatalog {
  const rnd = seeded(seed);
  const at = core.now().toISOString();
  return mutate(
    core,
    null,
    (out) => ({ action: 'demo.bulkCatalog', entity: 'system', data: out }),
    () => {
      const sqlite = core.sqlite;
      const brands = BRANDS.map((name, i) => ({ name, id: idByName(sqlite, 'brands', name, `BK${String(i + 1).padStart(3, '0')}`, at) }));
      const categories = CATEGORIES.map((name) => idByName(sqlite, 'categories', name, null, at));
      const lists = [idByName(sqlite, 'price_lists', '批发价', 'PF', at), idByName(sqlite, 'price_lists', 'KA价', 'KA', at)];
      insertProducts(sqlite, counts.products, { brands, categories, lists, at }, rnd);
      const salespeople = insertSalespeople(sqlite, at);
      insertCustomers(sqlite, counts.customers, { salespeople, lists, at }, rnd);
      return { products: counts.products, customers: counts.customers };
    },
  );
}

interface ProductRefs {
  brands: { name: string; id: string }[];
  categories: string[];
  lists: string[];
  at: string;
}

function insertProducts(sqlite: Sqlite, n: number, refs: ProductRefs, rnd: () => number): void {
  const product = sqlite.prepare(
    `INSERT INTO products (id, sku, name, spec, brand_id, category_id, base_unit, shelf_life_days, status, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const unit = sqlite.prepare('INSERT INTO product_units (id, product_id, name, factor) VALUES (?, ?, ?, ?)');
  const barcode = sqlite.prepare('INSERT INTO barcodes (code, product_id, unit_id) VALUES (?, ?, ?)');
  const price = sqlite.prepare('INSERT INTO prices (price_list_id, unit_id, product_id, price, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (let i = 1; i <= n; i++) {
    const brand = pickFrom(refs.brands, rnd);
    const [line, category] = pickFrom(LINES, rnd);
    const size = pickFrom(SIZES, rnd);
    const name = `${brand.name}${line}${pickFrom(FLAVOURS, rnd)} ${size.spec}`;
    const sku = `BK${String(i).padStart(6, '0')}`;
    const id = newId();
    const status = rnd() < 0.03 ? 'inactive' : 'active';
    product.run(
      id, sku, name, `${size.spec}*${size.factor}${size.unit}/箱`, brand.id, refs.categories[category], size.unit,
      90 + Math.floor(rnd() * 640), status, productSearchText({ name, sku, brandName: brand.name }), refs.at, refs.at,
    );
    const each = newId();
    const box = newId();
    unit.run(each, id, size.unit, 1);
    unit.run(box, id, '箱', size.factor);
    const ean = bulkEan13(i);
    barcode.run(ean, id, each);
    barcode.run(caseGtin14(ean), id, box);
    // ¥1.50–¥39.99 each on 批发价; KA价 a few fen lower; a case costs factor × each, in whole fen.
    const fen = 150 + Math.floor(rnd() * 3850);
    const ka = fen - 5 - Math.floor(rnd() * 20);
    for (const [list, each_] of [
      [refs.lists[0], fen],
      [refs.lists[1], ka],
    ] as const) {
      price.run(list, each, id, each_, refs.at);
      price.run(list, box, id, each_ * size.factor, refs.at);
    }
  }
}

function insertSalespeople(sqlite: Sqlite, at: string): string[] {
  const stmt = sqlite.prepare(`INSERT INTO employees (id, code, name, phone, role, active, search_text, created_at) VALUES (?, ?, ?, ?, 'salesperson', 1, ?, ?)`);
  return Array.from({ length: 20 }, (_, i) => {
    const id = newId();
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
    const code = `BKY${String(i + 1).padStart(3, '0')}`;
    const phone = `139${String(7310000 + i).padStart(8, '0')}`;
    stmt.run(id, code, name, phone, searchTextFor([name, code, phone]), at);
    return id;
  });
}

interface CustomerRefs {
  salespeople: string[];
  lists: string[];
  at: string;
}

function insertCustomers(sqlite: Sqlite, n: number, refs: CustomerRefs, rnd: () => number): void {
  const stmt = sqlite.prepare(
    `INSERT INTO customers (id, code, name, contact, phone, address, region, channel, salesperson_id, price_list_id,
       credit_limit, payment_terms_days, active, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  for (let i = 1; i <= n; i++) {
    const district = pickFrom(DISTRICTS, rnd);
    const street = pickFrom(STREETS, rnd);
    const contact = `${pickFrom(SURNAMES, rnd)}${pickFrom(GIVEN, rnd)}`;
    const shop = pickFrom(SHOPS, rnd);
    const ka = shop === '超市' && rnd() < 0.3;
    const name = `${contact.slice(0, 1)}记${shop}（${street}${i}号店）`;
    const code = `BKC${String(i).padStart(6, '0')}`;
    const phone = `1${pickFrom(['3', '5', '7', '8', '9'], rnd)}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`;
    stmt.run(
      newId(), code, name, contact, phone, `湖南省长沙市${district}${street}${1 + Math.floor(rnd() * 500)}号`, district,
      ka ? 'KA' : shop === '超市' ? '超市' : '便利店', pickFrom(refs.salespeople, rnd), refs.lists[ka ? 1 : 0],
      100_000 * Math.floor(rnd() * 50), pickFrom([0, 7, 15, 30], rnd), searchTextFor([name, code, contact, phone]), refs.at, refs.at,
    );
  }
}
