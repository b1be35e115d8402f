// customerStatements.*: 对账单 per customer and period as data, A4 HTML and .xlsx; the batch of every customer with
// a balance as one printable HTML document. (PDF goes through a PdfRenderer service once the host/Electron
// engineers add one to Services: core/finance/customer-statement-render.ts statementsPdf takes any PdfRenderer.)
import { batchStatements, customerStatement } from '../../core/finance/customer-statement';
import { statementFileName, statementsHtml, statementXlsx } from '../../core/finance/customer-statement-render';
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
  batchHtml: money.input(statementPeriodInput).query(({ ctx, input }) => {
    const all = batchStatements(ctx.core, input);
    return { count: all.length, html: statementsHtml(all, { printed: businessDate(ctx.core.now(), ctx.core.timeZone) }) };
  }),
});
