// Sales set-up shared by the promotion and return tests: the stock world (cola, tea, chips in 瓶/盒/箱; business
// day 2026-03-15) plus a wholesale price list and two stores on different channels.
import { insertPriceList } from '../../electron/core/catalog/price-lists';
import { writePrice } from '../../electron/core/catalog/prices';
import { saveCustomer } from '../../electron/core/parties/customers';
import { transact } from '../../db/tx';
import { AppError } from '../../electron/core/shared/errors';
import { stockWorld, type StockWorld } from './stock-fixtures';

export interface SalesWorld extends StockWorld {
  priceListId: string;
  /** 天河 便利店 on the wholesale list. */
  store: string;
  /** 越秀 餐饮, on the wholesale list too. */
  restaurant: string;
}

/** Wholesale prices (fen): cola ¥2.00/瓶, ¥11.50/盒, ¥45.00/箱; tea ¥2.50/瓶, ¥56.00/箱; chips ¥4.00/瓶 only. */
export const PRICES = { colaBottle: 200, colaBox: 1150, colaCase: 4500, teaBottle: 250, teaCase: 5600, chipsBottle: 400 };

export async function salesWorld(opts: { now?: () => Date } = {}): Promise<SalesWorld> {
  const w = await stockWorld(opts);
  const core = w.t.core;
  const extra = transact(w.t.sqlite, () => {
    const list = insertPriceList(core, { code: 'PF', name: '批发价' });
    const set = (productId: string, unitId: string, price: number) => writePrice(core, productId, { priceListId: list.id, unitId, price });
    set(w.cola.id, w.cola.units.bottle, PRICES.colaBottle);
    set(w.cola.id, w.cola.units.box, PRICES.colaBox);
    set(w.cola.id, w.cola.units.case, PRICES.colaCase);
    set(w.tea.id, w.tea.units.bottle, PRICES.teaBottle);
    set(w.tea.id, w.tea.units.case, PRICES.teaCase);
    set(w.chips.id, w.chips.units.bottle, PRICES.chipsBottle);
    const customer = (code: string, name: string, region: string, channel: string) =>
      saveCustomer(core, null, { code, name, region, channel, priceListId: list.id, creditLimit: 10_000_000, paymentTermsDays: 30 });
    return {
      priceListId: list.id,
      store: customer('C001', '天河好又多便利店', '天河', '便利店'),
      restaurant: customer('C002', '越秀老西关酒家', '越秀', '餐饮'),
    };
  });
  return { ...w, ...extra };
}

/** The code of the AppError fn throws (null when it does not throw): for refusals asserted by code. */
export function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return null;
}
