// The shapes the receiving screens show, inferred from receiving.* and stock.* so they follow the API.
import type { ApiOutputs } from '../../api/types';

export type ReceivingState = ApiOutputs['receiving']['state'];
export type ReceivingLine = ReceivingState['lines'][number];
export type ScanOutcome = ApiOutputs['receiving']['scan'];
export type VarianceReport = ApiOutputs['stock']['varianceReport'];
