// `npm run bench`: runs every figure module in scripts/bench/figures and prints one line per figure,
// `name: value unit`. `--json FILE` also writes them as one JSON object of name → number; `--only PREFIX` runs a
// subset. See scripts/bench/README.md.
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { note } from './figure';
import { loadModules, parseArgs, runBench } from './harness';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<number> {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), join(here, 'figures'));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const modules = await loadModules(opts.figuresDir);
  // Tail latencies depend on what else the machine runs: say how busy it was.
  const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
  note(`start, ${load()}`);
  const { failed } = await runBench(modules, opts, (line) => console.log(line));
  note(`done, ${load()}`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
