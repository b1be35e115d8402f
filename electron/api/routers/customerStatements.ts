// customerStatements.*: 对账单 per customer and period as data, A4 HTML and .xlsx; the batch of every customer with
// a balance as one printable HTML document; both as A4 PDF downloads through the app's PdfRenderer (services.pdf).
import { batchStatements, customerStatement } from '../../core/finance/customer-statement';
import { statementFileName, statementsHtml, statementXlsx } from '../../core/finance/customer-statement-render';
import { pdfDownload } from '../files';
import { businessDate } from '../../core/shared/dates';
import { customerStatementInput, statementPeriodInput } from '../contract/finance-statements';
import { procedure, router } from '../trpc';

const money = procedure('owner', 'accountant');

export const customerStatementsRouter = router({
  get: money.input(customerStatementInput).query(({ ctx, input }) => customerStatement(ctx.core, input)),
  html: money.input(customerStatementInput).query(({ ctx, input }) => {
    const s = customerStatement(ctx.core, input);
    return { fileName: statementFileName(s, 'html'), html: statementsHtml([s], { printed: businessDate(ctx.core.now(), ctx.core.timeZone) }) };
  }),
  xlsx: money.input(customerStatementInput).mutation(async ({ ctx, input }) => {
    const s = customerStatement(ctx.core, input);
    return { fileName: statementFileName(s, 'xlsx'), contentBase64: (await statementXlsx(s)).toString('base64') };
  }),
  pdf: money.input(customerStatementInput).mutation(({ ctx, input }) => {
    const s = customerStatement(ctx.core, input);
    return pdfDownload(ctx.services.pdf, statementsHtml([s], { printed: businessDate(ctx.core.now(), ctx.core.timeZone) }), statementFileName(s, 'pdf'));
  }),
  /** Every customer with a balance, one statement per page, in one PDF. */
  batchPdf: money.input(statementPeriodInput).mutation(({ ctx, input }) => {
    const all = batchStatements(ctx.core, input);
    return pdfDownload(ctx.services.pdf, statementsHtml(all, { printed: businessDate(ctx.core.now(), ctx.core.timeZone) }), `对账单_${input.from}_${input.to}_${all.length}份.pdf`);
  }),
  batchHtml: money.input(statementPeriodInput).query(({ ctx, input }) => {
    const all = batchStatements(ctx.core, input);
    return { count: all.length, html: statementsHtml(all, { printed: businessDate(ctx.core.now(), ctx.core.timeZone) }) };
  }),
});
