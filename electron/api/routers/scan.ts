// scan.*: what a raw scan names. Every role scans: clerks at the dock, drivers loading vans, accountants checking
// a returned delivery note, owners anywhere.
import { resolveScan } from '../../core/scan/resolve';
import type { ScanResolution } from '../../core/scan/types';
import { translate, type Lang } from '../../core/shared/messages';
import { resolveScanInput, type ResolvedScan } from '../contract/scan';
import { ALL_ROLES, procedure, router } from '../trpc';

function translateHint(result: ScanResolution, lang: Lang): ResolvedScan {
  if (result.kind !== 'unknown') return result;
  return { ...result, hint: { ...result.hint, message: translate(result.hint.code, lang, result.hint.params) } };
}

export const scanRouter = router({
  resolve: procedure(...ALL_ROLES)
    .input(resolveScanInput)
    .query(({ ctx, input }): ResolvedScan => translateHint(resolveScan(ctx.core, input.raw), ctx.lang)),
});
