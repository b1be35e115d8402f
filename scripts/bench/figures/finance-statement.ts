// statement.batch_pdf_per_s: see finance.ts (shared seeded database).
import { runStatementPdf } from './finance';

export const prefix = 'statement';
export const run = runStatementPdf;
