// match.statement_10k_ms, match.import_10k_ms: see finance.ts (shared seeded database).
import { runMatch } from './finance';

export const prefix = 'match';
export const run = runMatch;
