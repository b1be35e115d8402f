// The price editor's values: one yuan text per (price list, unit) and a min/max per unit. Only what changed is
// sent; an emptied box removes that price or bound.
import type { FormErrors } from '@mantine/form';
import { priceLimitSetInput, type PriceLimitSetInput, type PricesSetInput } from '../../api/contract';
import type { ApiOutputs } from '../../api/types';
import { fenToInput, parseYuan } from '../../components/money';
import { issuesToErrors } from '../../forms/contract-resolver';

export type ProductPrices = ApiOutputs['prices']['forProduct'];

export interface PriceValues {
  /** prices[priceListId][unitId] = "12.50" */
  prices: Record<string, Record<string, string>>;
  /** limits[unitId] = { minPrice, maxPrice } as typed */
  limits: Record<string, { minPrice: string; maxPrice: string }>;
}

export function toValues(p: ProductPrices): PriceValues {
  const prices: PriceValues['prices'] = {};
  for (const list of p.lists) {
    prices[list.id] = Object.fromEntries(p.units.map((u) => [u.id, '']));
  }
  for (const price of p.prices) {
    const row = prices[price.priceListId];
    if (row) row[price.unitId] = fenToInput(price.price);
  }
  const limits: PriceValues['limits'] = Object.fromEntries(p.units.map((u) => [u.id, { minPrice: '', maxPrice: '' }]));
  for (const l of p.limits) limits[l.unitId] = { minPrice: fenToInput(l.minPrice), maxPrice: fenToInput(l.maxPrice) };
  return { prices, limits };
}

export type PriceEntry = PricesSetInput['prices'][number];

/** Prices whose text changed, in fen (null: removed). Invalid amounts never get here (validate runs first). */
export function changedPrices(before: PriceValues, after: PriceValues): PriceEntry[] {
  const out: PriceEntry[] = [];
  for (const [priceListId, units] of Object.entries(after.prices)) {
    for (const [unitId, text] of Object.entries(units)) {
      const old = before.prices[priceListId]?.[unitId] ?? '';
      if (parseYuan(old) !== parseYuan(text)) out.push({ priceListId, unitId, price: parseYuan(text) });
    }
  }
  return out;
}

export function changedLimits(productId: string, before: PriceValues, after: PriceValues): PriceLimitSetInput[] {
  return Object.entries(after.limits)
    .filter(([unitId, l]) => {
      const old = before.limits[unitId];
      return !old || parseYuan(old.minPrice) !== parseYuan(l.minPrice) || parseYuan(old.maxPrice) !== parseYuan(l.maxPrice);
    })
    .map(([unitId, l]) => ({ productId, unitId, minPrice: parseYuan(l.minPrice), maxPrice: parseYuan(l.maxPrice) }));
}

/** Every box must be an amount; each unit's limits must pass the contract's priceLimitSetInput (min ≤ max). */
export function validatePrices(values: PriceValues, amountMessage: string): FormErrors {
  const errors: FormErrors = {};
  for (const [listId, units] of Object.entries(values.prices)) {
    for (const [unitId, text] of Object.entries(units)) {
      if (Number.isNaN(parseYuan(text))) errors[`prices.${listId}.${unitId}`] = amountMessage;
    }
  }
  for (const [unitId, l] of Object.entries(values.limits)) {
    const min = parseYuan(l.minPrice);
    const max = parseYuan(l.maxPrice);
    if (Number.isNaN(min)) errors[`limits.${unitId}.minPrice`] = amountMessage;
    if (Number.isNaN(max)) errors[`limits.${unitId}.maxPrice`] = amountMessage;
    if (Number.isNaN(min) || Number.isNaN(max)) continue;
    const parsed = priceLimitSetInput.safeParse({ productId: 'x', unitId, minPrice: min, maxPrice: max });
    if (!parsed.success) {
      for (const [path, message] of Object.entries(issuesToErrors(parsed.error.issues))) errors[`limits.${unitId}.${path}`] = message;
    }
  }
  return errors;
}
