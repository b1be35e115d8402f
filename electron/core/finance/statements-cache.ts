// The ledger's hot paths use the shared per-connection statement cache: matching 10,000 statement lines posts tens
// of thousands of rows.
import type { Statement } from 'better-sqlite3';
import type { Core } from '../shared/context';
import { preparedOn } from '../shared/statements';

export const stmt = (core: Core, sql: string): Statement => preparedOn(core.sqlite, sql);
