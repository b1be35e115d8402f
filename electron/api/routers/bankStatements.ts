// bankStatements.*: importing bank, WeChat Pay and Alipay statements, their column mappings, and matching their
// lines to receipts and invoices (the matching workbench).
import { fromBase64 } from '../../core/imports/files';
import { listStatementFiles } from '../../core/finance/queries';
import { importStatement } from '../../core/statements/import';
import { listMappings, saveMapping } from '../../core/statements/mappings';
import { autoMatch, matchedQueue, matchLine, unmatchedQueue, unmatchLine } from '../../core/statements/match';
import { autoMatchInput, mappingSaveInput, matchInput, queueInput, statementImportInput, unmatchInput } from '../contract/finance-statements';
import { procedure, router } from '../trpc';

const money = procedure('owner', 'accountant');

export const bankStatementsRouter = router({
  files: money.query(({ ctx }) => listStatementFiles(ctx.core)),
  import: money
    .input(statementImportInput)
    .mutation(({ ctx, input }) => importStatement(ctx.core, ctx.actor, { fileName: input.fileName, bytes: fromBase64(input.contentBase64), mappingKey: input.mappingKey })),
  mappings: money.query(({ ctx }) => listMappings(ctx.core)),
  saveMapping: money.input(mappingSaveInput).mutation(({ ctx, input }) => saveMapping(ctx.core, ctx.actor, input)),
  autoMatch: money.input(autoMatchInput).mutation(({ ctx, input }) => autoMatch(ctx.core, ctx.actor, input)),
  match: money.input(matchInput).mutation(({ ctx, input }) => matchLine(ctx.core, ctx.actor, input)),
  unmatch: money.input(unmatchInput).mutation(({ ctx, input }) => {
    unmatchLine(ctx.core, ctx.actor, input);
    return { ok: true as const };
  }),
  queue: money.input(queueInput).query(({ ctx, input }) => unmatchedQueue(ctx.core, input)),
  matched: money.input(queueInput).query(({ ctx, input }) => matchedQueue(ctx.core, input)),
});
