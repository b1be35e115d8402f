// What a figure module is: scripts/bench/figures/<name>.ts exports `prefix` (the start of every figure name it
// reports, e.g. 'scan') and `run()`, which measures and returns its figures. Later issues add modules there.

export interface Figure {
  /** `<prefix>.<what>_<unit>`, e.g. scan.resolve_p99_ms. */
  name: string;
  value: number;
  /** Printed after the value: ms, ratio, MB, … */
  unit: string;
}

export interface FigureModule {
  prefix: string;
  run: () => Promise<Figure[]>;
}

export function isFigureModule(m: unknown): m is FigureModule {
  if (!m || typeof m !== 'object') return false;
  const { prefix, run } = m as Record<string, unknown>;
  return typeof prefix === 'string' && /^[a-z][a-z0-9_]*$/.test(prefix) && typeof run === 'function';
}

/** Progress and notes go to stderr, so stdout holds only the figure lines. */
export const note = (message: string): void => {
  process.stderr.write(`# ${message}\n`);
};

const cleanups: (() => unknown)[] = [];

/** Registers work to do once every module has run (closing and deleting shared fixtures); a promise is awaited. */
export const afterBench = (fn: () => unknown): void => {
  cleanups.push(fn);
};

export async function runCleanups(): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) await fn();
}
