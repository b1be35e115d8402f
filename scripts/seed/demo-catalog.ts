// The demo catalog a Chinese FMCG distributor in 长沙 would have: brands, about 70 products with real-looking
// specs and valid EAN-13 / GTIN-14 barcodes, 批发价 and KA价 with some brand price limits, 40 stores, salespeople,
// drivers, a main warehouse and two vans. Written through the same core functions as the screens (so the data
// obeys every rule), inside the caller's transaction (seedDemo's).
import { insertBrand } from '../../electron/core/catalog/brands';
import { insertCategory } from '../../electron/core/catalog/categories';
import { insertPriceList } from '../../electron/core/catalog/price-lists';
import { writePriceLimit } from '../../electron/core/catalog/price-limits';
import { writePrice } from '../../electron/core/catalog/prices';
import { getProduct, saveProduct } from '../../electron/core/catalog/products';
import { saveCustomer } from '../../electron/core/parties/customers';
import { insertEmployee, type EmployeeRole } from '../../electron/core/parties/employees';
import { insertWarehouse } from '../../electron/core/parties/warehouses';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import type { Core } from '../../electron/core/shared/context';
import { mulDiv } from '../../electron/core/shared/money';

/** Brand name → GS1 company prefix (7 digits under China's 690–699) used for its demo barcodes. */
const BRANDS: Record<string, string> = {
  可口可乐: '6954767',
  百事: '6924882',
  农夫山泉: '6921168',
  康师傅: '6920152',
  统一: '6925303',
  王老吉: '6932241',
  加多宝: '6938888',
  伊利: '6907992',
  蒙牛: '6923644',
  娃哈哈: '6902083',
  红牛: '6920202',
  东鹏特饮: '6934665',
  青岛啤酒: '6901035',
  旺旺: '6911988',
  怡宝: '6901285',
  元气森林: '6970399',
};

const CATEGORIES = ['碳酸饮料', '饮用水', '茶饮料', '果汁饮料', '功能饮料', '凉茶', '乳制品', '方便食品', '啤酒', '休闲零食'] as const;
type Category = (typeof CATEGORIES)[number];

interface DemoProduct {
  sku: string;
  name: string;
  brand: keyof typeof BRANDS;
  category: Category;
  /** Base unit and its 批发价 in fen. */
  unit: string;
  fen: number;
  /** Units in a case (箱). */
  perCase: number;
  /** An in-between pack (五连包 ×5, 排 ×4), with its own barcode. */
  pack?: { name: string; factor: number };
  volume: string;
  shelfLifeDays: number;
  inactive?: boolean;
}

const p = (
  sku: string, name: string, brand: string, category: Category, volume: string, unit: string, perCase: number, fen: number,
  shelfLifeDays: number, extra: Partial<DemoProduct> = {},
): DemoProduct => ({ sku, name, brand, category, volume, unit, perCase, fen, shelfLifeDays, ...extra });

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  p('KO-001', '可口可乐 330ml', '可口可乐', '碳酸饮料', '330ml', '罐', 24, 190, 365),
  p('KO-002', '可口可乐 500ml', '可口可乐', '碳酸饮料', '500ml', '瓶', 24, 240, 365),
  p('KO-003', '可口可乐 1.25L', '可口可乐', '碳酸饮料', '1.25L', '瓶', 12, 460, 365),
  p('KO-004', '可口可乐 2L', '可口可乐', '碳酸饮料', '2L', '瓶', 6, 650, 365),
  p('KO-005', '零度可口可乐 500ml', '可口可乐', '碳酸饮料', '500ml', '瓶', 24, 250, 365),
  p('KO-006', '雪碧 500ml', '可口可乐', '碳酸饮料', '500ml', '瓶', 24, 240, 365),
  p('KO-007', '雪碧 330ml', '可口可乐', '碳酸饮料', '330ml', '罐', 24, 190, 365),
  p('KO-008', '芬达橙味 500ml', '可口可乐', '碳酸饮料', '500ml', '瓶', 24, 240, 365),
  p('KO-009', '美汁源果粒橙 420ml', '可口可乐', '果汁饮料', '420ml', '瓶', 15, 300, 270),
  p('KO-010', '冰露纯悦包装饮用水 550ml', '可口可乐', '饮用水', '550ml', '瓶', 24, 80, 540),
  p('PS-001', '百事可乐 330ml', '百事', '碳酸饮料', '330ml', '罐', 24, 185, 365),
  p('PS-002', '百事可乐 500ml', '百事', '碳酸饮料', '500ml', '瓶', 24, 235, 365),
  p('PS-003', '七喜柠檬味 500ml', '百事', '碳酸饮料', '500ml', '瓶', 24, 235, 365),
  p('PS-004', '美年达橙味 500ml', '百事', '碳酸饮料', '500ml', '瓶', 24, 235, 365),
  p('NF-001', '农夫山泉饮用天然水 550ml', '农夫山泉', '饮用水', '550ml', '瓶', 24, 110, 730),
  p('NF-002', '农夫山泉饮用天然水 380ml', '农夫山泉', '饮用水', '380ml', '瓶', 24, 90, 730),
  p('NF-003', '农夫山泉饮用天然水 1.5L', '农夫山泉', '饮用水', '1.5L', '瓶', 12, 250, 730),
  p('NF-004', '农夫山泉饮用天然水 5L', '农夫山泉', '饮用水', '5L', '桶', 4, 750, 730),
  p('NF-005', '东方树叶茉莉花茶 500ml', '农夫山泉', '茶饮料', '500ml', '瓶', 15, 380, 365),
  p('NF-006', '东方树叶乌龙茶 500ml', '农夫山泉', '茶饮料', '500ml', '瓶', 15, 380, 365),
  p('NF-007', '茶π柠檬红茶 500ml', '农夫山泉', '茶饮料', '500ml', '瓶', 15, 380, 365),
  p('NF-008', '尖叫纤维型运动饮料 550ml', '农夫山泉', '功能饮料', '550ml', '瓶', 15, 320, 365),
  p('NF-009', '农夫果园混合果蔬汁 500ml', '农夫山泉', '果汁饮料', '500ml', '瓶', 15, 350, 270),
  p('NF-010', '维他命水柑橘风味 500ml', '农夫山泉', '功能饮料', '500ml', '瓶', 15, 380, 365),
  p('KSF-001', '康师傅红烧牛肉面 103g', '康师傅', '方便食品', '103g', '袋', 30, 230, 180, { pack: { name: '五连包', factor: 5 } }),
  p('KSF-002', '康师傅老坛酸菜牛肉面 114g', '康师傅', '方便食品', '114g', '袋', 30, 230, 180, { pack: { name: '五连包', factor: 5 } }),
  p('KSF-003', '康师傅香辣牛肉面 105g', '康师傅', '方便食品', '105g', '袋', 24, 230, 180),
  p('KSF-004', '康师傅红烧牛肉面 桶装 110g', '康师傅', '方便食品', '110g', '桶', 12, 420, 180),
  p('KSF-005', '康师傅冰红茶 500ml', '康师傅', '茶饮料', '500ml', '瓶', 15, 250, 365),
  p('KSF-006', '康师傅绿茶 500ml', '康师傅', '茶饮料', '500ml', '瓶', 15, 250, 365),
  p('KSF-007', '康师傅茉莉清茶 500ml', '康师傅', '茶饮料', '500ml', '瓶', 15, 250, 365),
  p('KSF-008', '康师傅冰糖雪梨 500ml', '康师傅', '果汁饮料', '500ml', '瓶', 15, 250, 365),
  p('KSF-009', '康师傅包装饮用水 550ml', '康师傅', '饮用水', '550ml', '瓶', 24, 75, 540),
  p('TY-001', '统一老坛酸菜牛肉面 121g', '统一', '方便食品', '121g', '袋', 24, 240, 180, { pack: { name: '五连包', factor: 5 } }),
  p('TY-002', '统一来一桶老坛酸菜牛肉面 120g', '统一', '方便食品', '120g', '桶', 12, 430, 180),
  p('TY-003', '统一冰红茶 500ml', '统一', '茶饮料', '500ml', '瓶', 15, 250, 365),
  p('TY-004', '统一绿茶 500ml', '统一', '茶饮料', '500ml', '瓶', 15, 250, 365),
  p('TY-005', '统一阿萨姆原味奶茶 500ml', '统一', '茶饮料', '500ml', '瓶', 15, 380, 270),
  p('TY-006', '统一鲜橙多 450ml（旧包装）', '统一', '果汁饮料', '450ml', '瓶', 15, 260, 270, { inactive: true }),
  p('WLJ-001', '王老吉凉茶 310ml', '王老吉', '凉茶', '310ml', '罐', 24, 300, 730, { pack: { name: '提', factor: 6 } }),
  p('WLJ-002', '王老吉凉茶 500ml', '王老吉', '凉茶', '500ml', '瓶', 15, 380, 540),
  p('WLJ-003', '王老吉凉茶礼盒 310ml×12罐', '王老吉', '凉茶', '310ml', '罐', 12, 320, 730),
  p('JDB-001', '加多宝凉茶 310ml', '加多宝', '凉茶', '310ml', '罐', 24, 300, 730),
  p('YL-001', '伊利纯牛奶 250ml', '伊利', '乳制品', '250ml', '盒', 24, 250, 180),
  p('YL-002', '伊利安慕希希腊风味酸奶 205g', '伊利', '乳制品', '205g', '盒', 12, 480, 150),
  p('YL-003', '伊利金典纯牛奶 250ml', '伊利', '乳制品', '250ml', '盒', 12, 420, 180),
  p('YL-004', '伊利优酸乳原味 250ml', '伊利', '乳制品', '250ml', '盒', 24, 180, 180),
  p('YL-005', '伊利QQ星儿童成长牛奶 125ml', '伊利', '乳制品', '125ml', '盒', 20, 220, 180),
  p('MN-001', '蒙牛纯牛奶 250ml', '蒙牛', '乳制品', '250ml', '盒', 24, 245, 180),
  p('MN-002', '蒙牛特仑苏纯牛奶 250ml', '蒙牛', '乳制品', '250ml', '盒', 12, 450, 180),
  p('MN-003', '蒙牛纯甄风味酸牛奶 200g', '蒙牛', '乳制品', '200g', '盒', 12, 420, 150),
  p('MN-004', '蒙牛真果粒草莓味 250g', '蒙牛', '乳制品', '250g', '盒', 12, 300, 180),
  p('WHH-001', '娃哈哈AD钙奶 220g', '娃哈哈', '乳制品', '220g', '瓶', 24, 180, 270, { pack: { name: '排', factor: 4 } }),
  p('WHH-002', '娃哈哈纯净水 596ml', '娃哈哈', '饮用水', '596ml', '瓶', 24, 85, 540),
  p('WHH-003', '娃哈哈营养快线原味 500ml', '娃哈哈', '乳制品', '500ml', '瓶', 15, 360, 270),
  p('WHH-004', '娃哈哈桂圆莲子八宝粥 360g', '娃哈哈', '方便食品', '360g', '罐', 12, 380, 730),
  p('HN-001', '红牛维生素功能饮料 250ml', '红牛', '功能饮料', '250ml', '罐', 24, 480, 540),
  p('DP-001', '东鹏特饮维生素功能饮料 500ml', '东鹏特饮', '功能饮料', '500ml', '瓶', 24, 380, 365),
  p('QD-001', '青岛啤酒经典 500ml', '青岛啤酒', '啤酒', '500ml', '罐', 12, 450, 365),
  p('QD-002', '青岛啤酒纯生 500ml', '青岛啤酒', '啤酒', '500ml', '罐', 12, 550, 270),
  p('QD-003', '青岛啤酒经典 330ml', '青岛啤酒', '啤酒', '330ml', '罐', 24, 300, 365),
  p('WW-001', '旺旺雪饼 84g', '旺旺', '休闲零食', '84g', '袋', 24, 480, 270),
  p('WW-002', '旺仔牛奶 245ml', '旺旺', '乳制品', '245ml', '罐', 24, 420, 365),
  p('WW-003', '旺旺仙贝 52g', '旺旺', '休闲零食', '52g', '袋', 24, 350, 270),
  p('YB-001', '怡宝纯净水 555ml', '怡宝', '饮用水', '555ml', '瓶', 24, 100, 730),
  p('YB-002', '怡宝纯净水 1.555L', '怡宝', '饮用水', '1.555L', '瓶', 12, 240, 730),
  p('YQ-001', '元气森林白桃味苏打气泡水 480ml', '元气森林', '碳酸饮料', '480ml', '瓶', 15, 380, 270),
  p('YQ-002', '元气森林乳茶浓香原味 450ml', '元气森林', '茶饮料', '450ml', '瓶', 12, 520, 180),
];

/** Brands whose case prices the demo limits (限价): 90 %–120 % of the 批发价 case price. */
const LIMITED_BRANDS = new Set(['可口可乐', '农夫山泉', '青岛啤酒', '红牛']);

/** EAN-13 of the item: company prefix, 5-digit item reference, check digit. */
export const demoEan13 = (prefix: string, item: number): string => {
  const body = `${prefix}${String(item).padStart(5, '0')}`;
  return `${body}${gtinCheckDigit(body)}`;
};

/** A case's GTIN-14: indicator 1 before the item's first 12 digits, new check digit. */
export const demoCaseGtin = (ean13: string): string => {
  const body = `1${ean13.slice(0, 12)}`;
  return `${body}${gtinCheckDigit(body)}`;
};

const EMPLOYEES: readonly { code: string; name: string; phone: string; role: EmployeeRole }[] = [
  { code: 'YW01', name: '刘强', phone: '13807310101', role: 'salesperson' },
  { code: 'YW02', name: '陈静', phone: '13907310102', role: 'salesperson' },
  { code: 'YW03', name: '黄磊', phone: '15073110103', role: 'salesperson' },
  { code: 'SJ01', name: '赵建国', phone: '18607310201', role: 'driver' },
  { code: 'SJ02', name: '孙志强', phone: '18673110202', role: 'driver' },
  { code: 'KG01', name: '张伟', phone: '13787310301', role: 'clerk' },
  { code: 'KJ01', name: '李秀英', phone: '0731-84561234', role: 'accountant' },
];

/** code, name, contact, phone, region, street address, channel, salesperson code, credit (yuan), terms (days) */
type Store = [string, string, string, string, string, string, string, string, number, number];
const STORES: readonly Store[] = [
  ['MD001', '红星便利店', '张国庆', '13874810001', '芙蓉区', '五一大道 318 号', '便利店', 'YW01', 0, 0],
  ['MD002', '好又多超市（解放西路店）', '王建华', '0731-82201188', '天心区', '解放西路 96 号', '超市', 'YW01', 30000, 15],
  ['MD003', '步步高超市（梅溪湖店）', '周经理', '0731-88908866', '岳麓区', '梅溪湖路 1088 号', 'KA', 'YW03', 200000, 30],
  ['MD004', '家润多超市（五一广场店）', '吴经理', '0731-84456677', '芙蓉区', '黄兴中路 128 号', 'KA', 'YW01', 150000, 30],
  ['MD005', '新佳宜便利店（坡子街店）', '刘芳', '13574120005', '天心区', '坡子街 56 号', '便利店', 'YW01', 3000, 7],
  ['MD006', '芙蓉兴盛便利店（韶山路店）', '陈桂兰', '13873110006', '雨花区', '韶山中路 421 号', '便利店', 'YW02', 3000, 7],
  ['MD007', '老长沙口味虾馆', '谭志勇', '13907310007', '天心区', '太平街 22 号', '餐饮', 'YW01', 5000, 15],
  ['MD008', '湘味人家餐馆', '李桂芳', '18908410008', '开福区', '湘春路 77 号', '餐饮', 'YW02', 5000, 15],
  ['MD009', '金牛烟酒商行', '杨金牛', '13787110009', '开福区', '三一大道 233 号', '烟酒店', 'YW02', 10000, 15],
  ['MD010', '旺和副食批发部', '何旺和', '13974810010', '雨花区', '高桥大市场 C 区 12 号', '批发部', 'YW02', 50000, 30],
  ['MD011', '岳麓山小卖部', '罗大爷', '15116210011', '岳麓区', '麓山南路 2 号', '便利店', 'YW03', 0, 0],
  ['MD012', '湖大北门生活超市', '欧阳丽', '13548610012', '岳麓区', '麓山路 360 号', '超市', 'YW03', 20000, 15],
  ['MD013', '师大便民商店', '胡海燕', '13657310013', '岳麓区', '桃子湖路 15 号', '便利店', 'YW03', 2000, 7],
  ['MD014', '望城区万家福超市', '邓建军', '0731-88066120', '望城区', '郭亮中路 188 号', '超市', 'YW03', 30000, 15],
  ['MD015', '星沙百佳乐超市', '曾志刚', '0731-84061199', '长沙县', '开元东路 66 号', '超市', 'YW02', 30000, 15],
  ['MD016', '红旗烟酒店', '彭红旗', '13808410016', '芙蓉区', '八一路 45 号', '烟酒店', 'YW01', 8000, 15],
  ['MD017', '五一路口烧烤', '雷鸣', '18673110017', '芙蓉区', '五一西路 9 号', '餐饮', 'YW01', 3000, 7],
  ['MD018', '天心阁便利店', '蒋素芬', '13787210018', '天心区', '天心路 3 号', '便利店', 'YW01', 2000, 7],
  ['MD019', '侯家塘平价超市', '侯德明', '13975110019', '雨花区', '芙蓉中路三段 266 号', '超市', 'YW02', 20000, 15],
  ['MD020', '东塘好邻居便利店', '龚丽娟', '15973110020', '雨花区', '韶山北路 139 号', '便利店', 'YW02', 3000, 7],
  ['MD021', '沃尔玛（东塘店）', '郑经理', '0731-85460088', '雨花区', '韶山北路 189 号', 'KA', 'YW02', 300000, 45],
  ['MD022', '伍家岭家家乐超市', '石建平', '13607310022', '开福区', '伍家岭 8 号', '超市', 'YW02', 20000, 15],
  ['MD023', '马王堆海鲜酒楼', '马德福', '0731-84118899', '芙蓉区', '马王堆中路 58 号', '餐饮', 'YW01', 20000, 30],
  ['MD024', '四方坪惠民商店', '钟桂花', '13786110024', '开福区', '四方坪路 71 号', '便利店', 'YW02', 0, 0],
  ['MD025', '月湖公园小卖部', '龙小红', '13874910025', '开福区', '月湖公园东门', '便利店', 'YW02', 0, 0],
  ['MD026', '梅溪湖七十二便利店', '孔令辉', '18874810026', '岳麓区', '环湖路 520 号', '便利店', 'YW03', 3000, 7],
  ['MD027', '洋湖湿地农家乐', '易春华', '13975810027', '岳麓区', '洋湖大道 99 号', '餐饮', 'YW03', 5000, 15],
  ['MD028', '含浦副食批发部', '彭建设', '13517310028', '岳麓区', '含浦大道 350 号', '批发部', 'YW03', 50000, 30],
  ['MD029', '黄花机场候机楼超市', '廖经理', '0731-84798866', '长沙县', '黄花国际机场 T2', 'KA', 'YW02', 100000, 30],
  ['MD030', '星沙夜市大排档', '贺永红', '15874110030', '长沙县', '星沙大道 28 号', '餐饮', 'YW02', 3000, 7],
  ['MD031', '浏阳河便利店', '柳红梅', '13707310031', '芙蓉区', '浏阳河大桥东 6 号', '便利店', 'YW01', 2000, 7],
  ['MD032', '火车站广场烟酒行', '车永平', '13807310032', '芙蓉区', '车站中路 1 号', '烟酒店', 'YW01', 10000, 15],
  ['MD033', '南门口快乐超市', '乐建国', '13873210033', '天心区', '南门口 19 号', '超市', 'YW01', 15000, 15],
  ['MD034', '金盆岭社区便利店', '金凤', '15874810034', '天心区', '金盆岭 66 号', '便利店', 'YW01', 2000, 7],
  ['MD035', '暮云镇平价批发部', '屈志平', '13975210035', '天心区', '暮云街道 88 号', '批发部', 'YW01', 40000, 30],
  ['MD036', '高桥茶馆', '毛家珍', '13548710036', '雨花区', '高桥路 12 号', '餐饮', 'YW02', 3000, 15],
  ['MD037', '雨花亭好乐购超市', '蔡文斌', '0731-85234567', '雨花区', '雨花亭 200 号', '超市', 'YW02', 20000, 15],
  ['MD038', '铜官窑景区商店', '彭铜官', '13762710038', '望城区', '铜官窑古镇 A 区', '便利店', 'YW03', 2000, 7],
  ['MD039', '丁字湾农贸便民店', '丁小兵', '18975110039', '望城区', '丁字湾街道 5 号', '便利店', 'YW03', 0, 0],
  ['MD040', '坪塘大排档', '唐平', '15116310040', '岳麓区', '坪塘大道 18 号', '餐饮', 'YW03', 3000, 7],
];

export interface DemoCatalog {
  products: number;
  customers: number;
  /** Employee id per employee code (YW01, SJ01 …): seedDemo links the demo accounts to them. */
  employees: Record<string, string>;
}

/** Fills the catalog, staff, warehouses and stores inside the caller's transaction. */
export function seedDemoCatalog(core: Core): DemoCatalog {
  const brands = Object.fromEntries(Object.keys(BRANDS).map((name) => [name, insertBrand(core, { name }).id]));
  const categories = Object.fromEntries(CATEGORIES.map((name) => [name, insertCategory(core, { name }).id]));
  const wholesale = insertPriceList(core, { code: 'PF', name: '批发价' });
  const ka = insertPriceList(core, { code: 'KA', name: 'KA价' });

  DEMO_PRODUCTS.forEach((d, i) => {
    const prefix = BRANDS[d.brand] as string;
    const each = demoEan13(prefix, 10 + i);
    const units = [
      { name: d.unit, factor: 1, barcode: each },
      ...(d.pack ? [{ name: d.pack.name, factor: d.pack.factor, barcode: demoEan13(prefix, 510 + i) }] : []),
      { name: '箱', factor: d.perCase, barcode: demoCaseGtin(each) },
    ];
    const productId = saveProduct(core, null, {
      sku: d.sku,
      name: d.name,
      spec: `${d.volume}*${d.perCase}${d.unit}/箱`,
      brandId: brands[d.brand],
      categoryId: categories[d.category],
      shelfLifeDays: d.shelfLifeDays,
      status: d.inactive ? 'inactive' : 'active',
      units,
    });
    priceProduct(core, productId, d, { wholesale: wholesale.id, ka: ka.id });
  });

  const employees = Object.fromEntries(EMPLOYEES.map((e) => [e.code, insertEmployee(core, e).id]));
  insertWarehouse(core, { code: 'ZC', name: '总仓', kind: 'main' });
  insertWarehouse(core, { code: 'CL01', name: '一号车', kind: 'van', driverId: employees.SJ01, plate: '湘A·D3721' });
  insertWarehouse(core, { code: 'CL02', name: '二号车', kind: 'van', driverId: employees.SJ02, plate: '湘A·F8816' });

  for (const [code, name, contact, phone, region, street, channel, sales, creditYuan, terms] of STORES) {
    saveCustomer(core, null, {
      code,
      name,
      contact,
      phone,
      address: `湖南省长沙市${region}${street}`,
      region,
      channel,
      salespersonId: employees[sales],
      priceListId: channel === 'KA' ? ka.id : wholesale.id,
      creditLimit: creditYuan * 100,
      paymentTermsDays: terms,
    });
  }
  return { products: DEMO_PRODUCTS.length, customers: STORES.length, employees };
}

/**
 * 批发价: the base unit at its price, a case 3 % cheaper than its units, packs at unit price; KA价 2 % below that.
 * Whole fen throughout (mulDiv rounds half up); a case price is rounded down to the 10 fen a price list shows.
 */
function priceProduct(core: Core, productId: string, d: DemoProduct, lists: { wholesale: string; ka: string }): void {
  const units = getProduct(core, productId).units;
  const casePrice = Math.floor(mulDiv(d.fen * d.perCase, 97, 100) / 10) * 10;
  for (const u of units) {
    const wholesale = u.name === '箱' ? casePrice : d.fen * u.factor;
    writePrice(core, productId, { priceListId: lists.wholesale, unitId: u.id, price: wholesale });
    writePrice(core, productId, { priceListId: lists.ka, unitId: u.id, price: mulDiv(wholesale, 98, 100) });
    if (u.name === '箱' && LIMITED_BRANDS.has(d.brand)) {
      writePriceLimit(core, { productId, unitId: u.id, minPrice: mulDiv(casePrice, 90, 100), maxPrice: mulDiv(casePrice, 120, 100) });
    }
  }
}
