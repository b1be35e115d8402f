// Document numbers people read and quote: PREFIX-YYYYMMDD-NNNN, counted per prefix and business day. Call inside
// the transaction that posts the document so a rolled-back posting gives its number back.
import { and, eq } from 'drizzle-orm';
import { docSequences } from '../../../db/schema';
import type { Core } from './context';
import { businessDate } from './dates';

export function nextDocNumber(core: Core, prefix: string, day = businessDate(core.now(), core.timeZone)): string {
  const compact = day.replace(/-/g, '');
  const where = and(eq(docSequences.prefix, prefix), eq(docSequences.day, compact));
  const row = core.db.select({ last: docSequences.last }).from(docSequences).where(where).get();
  const next = (row?.last ?? 0) + 1;
  if (row) core.db.update(docSequences).set({ last: next }).where(where).run();
  else core.db.insert(docSequences).values({ prefix, day: compact, last: next }).run();
  return `${prefix}-${compact}-${String(next).padStart(4, '0')}`;
}
