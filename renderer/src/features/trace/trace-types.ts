// The shapes the trace screen shows, inferred from trace.* so they follow the API.
import type { ApiOutputs } from '../../api/types';

export type CodeHistory = ApiOutputs['trace']['lookup'];
export type CodeTreeNode = CodeHistory['info']['children'][number];
export type HistoryRow = CodeHistory['events'][number];
export type AlertRow = ApiOutputs['trace']['alerts'][number];
