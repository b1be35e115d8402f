// db.*: opening the large demo database. open_migrate_ms is one openDatabase call on a file at schema version 1
// holding 50,000 products and 30,000 stores: backup, every later migration (products and customers are rebuilt by
// drizzle-kit's create-copy-drop-rename), foreign_key_check and pragmas. reopen_ms is an everyday start: the same
// file, already current, opened again (pragmas and version checks only; median of 5).
import { openDatabase } from '../../../db/open';
import type { Figure } from '../figure';
import { largeDb } from '../large-db';
import { summarize, timeAsyncMs } from '../stats';

export const prefix = 'db';

export async function run(): Promise<Figure[]> {
  const big = await largeDb();
  const reopen: number[] = [];
  for (let i = 0; i < 5; i++) reopen.push(await timeAsyncMs(async () => (await openDatabase(big.file)).sqlite.close()));
  return [
    { name: 'db.open_migrate_ms', value: big.openMigrateMs, unit: 'ms' },
    { name: 'db.open_migrate_file_mb', value: big.bytesBefore / 1e6, unit: 'MB' },
    { name: 'db.reopen_ms', value: summarize(reopen).p50, unit: 'ms' },
  ];
}
