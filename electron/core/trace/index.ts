// Trace codes (箱码/盒码/瓶码) and diversion (窜货): the functions other domains call.
//
// Called INSIDE the caller's transaction (none of these opens one; they only read, or append to ledgers):
//
//   lookupCode(core, code): CodeInfo | null
//       The code with product, unit, level, batch / produced_on / expires_on, parentCode, ancestors (innermost
//       first), distributorCode, its nested contents (children: boxes, items) and `quantity` in base units (sum of
//       contents; else the unit's factor; else 1 for an item; null when unknown). requireCode throws
//       TRACE_CODE_UNKNOWN instead of returning null.
//
//   checkInbound(core, codes, previous?): { codes: CheckedCode[]; alerts: DiversionAlertInput[] }
//       For receiving. Each CheckedCode has info, state and flags (kind + message code + params): unknown,
//       duplicate_scan / nested_scan (against the list itself and `previous`, the codes already scanned in the
//       same document), already_received (any history on the code, its case or its contents), foreign
//       (registered to another distributor: diverted goods coming in; its alert is in `alerts`).
//
//   checkOutbound(core, codes, customerId, previous?): { customer; codes: CheckedCode[]; alerts }
//       For shipping to a store. Flags: unknown, duplicate_scan, nested_scan, not_in_stock, opened (part of the
//       case left on its own), foreign, region / channel (store outside the territory: diversion going out).
//       Throws CUSTOMER_NOT_FOUND.
//
//   recordCodeEvents(core, actor, events: CodeEventInput[]): TraceEvent[]
//       Appends events (received | moved | shipped | returned | written_off) with the warehouse or customer they
//       lead to and the document that caused them, plus one outbox row 'trace.events'. Refuses (AppError, nothing
//       written) unknown codes, repeated or nested codes in one batch, receiving a code with history, moving /
//       shipping / writing off what is not in stock or an opened case, returning what no customer has.
//
//   logDiversionAlerts(core, actor, alerts, { docType, docId, warehouseId }): string[]
//       Appends the alerts a check returned to diversion_alerts, plus one outbox row 'trace.diversion'.
//
//   ScanSet (new ScanSet(previous).add(code, info) → flags): the duplicate / nested-scan check on its own, for
//   screens that keep their own scan lists (stocktake counting).
//
// Where a code is: the latest event on the code or on any code around it (codeState). A case received is all its
// bottles received; a box shipped alone leaves the case "opened".
//
//   moveCodes(core, actor, { codes, fromWarehouseId, toWarehouseId, docType, docId, number, lines }): TraceEvent[]
//       Transfers and van loads: "moved" events from → to for the codes scanned onto the document, refused when a
//       code's product is not on the document, the codes hold more than it moves, or a code is not in `from`.
//
//   reverseCodeEvents(core, actor, doc, reversal): TraceEvent[]
//       Reversing a document: a receipt's codes are released (a write-off naming the reversal, after which the code
//       counts as never received and can be received again); a transfer's or van load's codes move back.
//
// On their own (each its own transaction): importCodeFile (brand association files), saveTraceSettings.
export { lookupCode, requireCode, ancestorsOf, descendantsOf, type CodeInfo, type CodeNode } from './codes';
export { checkInbound, type InboundCheck } from './inbound';
export { checkOutbound, type OutboundCheck } from './outbound';
export { recordCodeEvents, type CodeEventInput } from './events';
export { logDiversionAlerts, listDiversionAlerts, type DiversionAlert, type DiversionContext, type DiversionFilter } from './diversion';
export { codeState, isRelease, type CodeState, type CodeStatus, type TraceEvent } from './state';
export { codeHistory, type CodeHistory, type HistoryEvent } from './history';
export { getTraceSettings, saveTraceSettings, type Territory, type TerritoryGroup, type TraceSettings } from './settings';
export { ScanSet } from './overlap';
export { moveCodes, type CodeMove } from './moves';
export { reverseCodeEvents } from './reversal';
export type { CheckedCode, CodeFlag, DiversionAlertInput, FlagKind } from './flags';
export type { CodeLevel } from './levels';
