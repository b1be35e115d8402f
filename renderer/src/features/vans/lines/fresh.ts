// Stock and approval queues change by other hands (a clerk at another PC, a van sale): a screen showing them reads
// them afresh when it opens instead of trusting the app-wide 30 s cache, which another screen may have filled.
export const FRESH = { refetchOnMount: 'always' } as const;
