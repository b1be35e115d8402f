// Packaging levels of a trace code, outermost first. A code may only sit inside a code of a higher rank.
import type { traceCodes } from '../../../db/schema';

export type CodeLevel = (typeof traceCodes.$inferSelect)['level'];
export const codeLevels: readonly CodeLevel[] = ['case', 'box', 'item'];

/** case 3 > box 2 > item 1. */
export const levelRank = (level: CodeLevel): number => 3 - codeLevels.indexOf(level);
