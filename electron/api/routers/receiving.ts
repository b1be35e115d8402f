// receiving.*: clerks and the owner import shipment notices, receive against a notice, a purchase order or blind
// by scanning, correct counts, and post; every scan is committed before the updated state comes back.
import { asnView, importAsnFile, listAsns } from '../../core/receiving/asns';
import { addManualCount, setDamaged } from '../../core/receiving/manual';
import { postReceiving } from '../../core/receiving/post';
import { scanIntoSession } from '../../core/receiving/scan';
import { cancelReceiving, listDrafts, startReceiving } from '../../core/receiving/sessions';
import { receivingState } from '../../core/receiving/state';
import { fromBase64 } from '../../core/imports/files';
import { translate } from '../../core/shared/messages';
import {
  asnImportInput,
  asnListInput,
  receivingCountInput,
  receivingDamagedInput,
  receivingScanInput,
  receivingSessionInput,
  receivingStartInput,
} from '../contract/receiving';
import { stockIdInput } from '../contract/stock';
import { procedure, router } from '../trpc';

const receivers = procedure('owner', 'clerk');

export const receivingRouter = router({
  importAsn: receivers
    .input(asnImportInput)
    .mutation(({ ctx, input }) => importAsnFile(ctx.core, ctx.actor, { fileName: input.fileName, bytes: fromBase64(input.contentBase64) })),
  asns: procedure('owner', 'clerk', 'accountant').input(asnListInput).query(({ ctx, input }) => listAsns(ctx.core, input)),
  asn: procedure('owner', 'clerk', 'accountant').input(stockIdInput).query(({ ctx, input }) => asnView(ctx.core, input.id)),
  start: receivers.input(receivingStartInput).mutation(({ ctx, input }) => {
    const doc = startReceiving(ctx.core, ctx.actor, input);
    return receivingState(ctx.core, doc.id);
  }),
  drafts: receivers.query(({ ctx }) => listDrafts(ctx.core)),
  state: receivers.input(receivingSessionInput).query(({ ctx, input }) => receivingState(ctx.core, input.sessionId)),
  scan: receivers.input(receivingScanInput).mutation(({ ctx, input }) => {
    const result = scanIntoSession(ctx.core, ctx.actor, input);
    // Warnings (a code registered to another distributor) are shown to the clerk in their language.
    const warnings = result.scanned.warnings.map((w) => ({ ...w, message: translate(w.code, ctx.lang, w.params) }));
    return { ...result, scanned: { ...result.scanned, warnings } };
  }),
  count: receivers.input(receivingCountInput).mutation(({ ctx, input }) => addManualCount(ctx.core, ctx.actor, input)),
  damaged: receivers.input(receivingDamagedInput).mutation(({ ctx, input }) => setDamaged(ctx.core, ctx.actor, input)),
  cancel: receivers.input(receivingSessionInput).mutation(({ ctx, input }) => cancelReceiving(ctx.core, ctx.actor, { id: input.sessionId })),
  post: receivers.input(receivingSessionInput).mutation(({ ctx, input }) => postReceiving(ctx.core, ctx.actor, { id: input.sessionId })),
});
