// The shapes the stock screen shows, inferred from stock.* so they follow the API.
import type { ApiOutputs } from '../../api/types';

export type BalanceRow = ApiOutputs['stock']['balances']['rows'][number];
export type BatchRow = ApiOutputs['stock']['byBatch'][number];
