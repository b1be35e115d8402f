// The bench runner: which modules to run, in what order, and how figures are printed and written.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFigureModule, note, runCleanups, type Figure, type FigureModule } from './figure';

export interface BenchOptions {
  /** Write name → value as one JSON object to this file. */
  json: string | null;
  /** Figure-name prefixes to run (`scan`, `scan.resolve_p99`); empty means all. */
  only: string[];
  /** Where the figure modules live. */
  figuresDir: string;
}

export const USAGE = 'usage: npm run bench -- [--only PREFIX[,PREFIX…]]… [--json FILE] [--figures DIR]';

export function parseArgs(argv: readonly string[], figuresDir: string): BenchOptions {
  const opts: BenchOptions = { json: null, only: [], figuresDir };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--json') opts.json = value();
    else if (flag === '--only') opts.only.push(...value().split(',').map((s) => s.trim()).filter(Boolean));
    else if (flag === '--figures') opts.figuresDir = value();
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return opts;
}

/** A module runs when one of the --only prefixes could name one of its figures. */
export const moduleWanted = (prefix: string, only: readonly string[]): boolean =>
  only.length === 0 || only.some((o) => o === prefix || o.startsWith(`${prefix}.`) || prefix.startsWith(o));

export const figureWanted = (name: string, only: readonly string[]): boolean =>
  only.length === 0 || only.some((o) => name.startsWith(o));

/** Three significant digits (0.0312, 4.57, 812), whole numbers from 1000 up. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000 || Number.isInteger(value)) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

export const formatLine = (f: Figure): string => `${f.name}: ${formatValue(f.value)} ${f.unit}`;

/** Every figure module in dir (*.ts, *.js), in file-name order. */
export async function loadModules(dir: string): Promise<FigureModule[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const modules: FigureModule[] = [];
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(join(dir, file)).href);
    if (!isFigureModule(mod)) throw new Error(`${file} is not a figure module (export prefix and run)`);
    modules.push(mod);
  }
  return modules;
}

export interface BenchResult {
  figures: Record<string, number>;
  /** Prefixes of the modules that threw. */
  failed: string[];
}

/** Runs the wanted modules one after another, printing each figure as it comes; a failing module is reported. */
export async function runBench(modules: readonly FigureModule[], opts: BenchOptions, print: (line: string) => void): Promise<BenchResult> {
  const result: BenchResult = { figures: {}, failed: [] };
  try {
    for (const mod of modules.filter((m) => moduleWanted(m.prefix, opts.only))) {
      try {
        for (const f of await mod.run()) {
          if (!f.name.startsWith(`${mod.prefix}.`)) throw new Error(`figure ${f.name} does not start with ${mod.prefix}.`);
          if (f.name in result.figures) throw new Error(`figure ${f.name} reported twice`);
          if (!figureWanted(f.name, opts.only)) continue;
          result.figures[f.name] = Number(formatValue(f.value));
          print(formatLine(f));
        }
      } catch (e) {
        note(`${mod.prefix} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        result.failed.push(mod.prefix);
      }
    }
  } finally {
    await runCleanups();
  }
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify(result.figures, null, 2)}\n`);
  return result;
}
