// The shapes the stocktake screens show, inferred from stocktakes.* so they follow the API.
import type { ApiOutputs } from '../../api/types';

export type StocktakeRow = ApiOutputs['stocktakes']['list'][number];
export type CountedLine = ApiOutputs['stocktakes']['counted'][number];
export type CountResult = ApiOutputs['stocktakes']['scan'];
export type ReviewLine = ApiOutputs['stocktakes']['review']['lines'][number];
