// The bench harness: argument parsing, module selection, the `name: value unit` lines and the --json file. Uses
// small figure modules of its own; the heavy figures in scripts/bench/figures never run here.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { FigureModule } from '../../scripts/bench/figure';
import { figureWanted, formatLine, formatValue, moduleWanted, parseArgs, runBench } from '../../scripts/bench/harness';
import { percentile, summarize } from '../../scripts/bench/stats';
import { tempDir } from '../helpers/core';

const run = promisify(execFile);

describe('figure lines', () => {
  it.each([
    [0.031234, '0.0312'],
    [4.567, '4.57'],
    [812.44, '812'],
    [4258.2, '4258'],
    [2, '2'],
    [1.97, '1.97'],
  ])('formats %d as %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it('prints name: value unit', () => {
    expect(formatLine({ name: 'scan.resolve_p99_ms', value: 0.03141, unit: 'ms' })).toBe('scan.resolve_p99_ms: 0.0314 ms');
  });
});

describe('arguments', () => {
  it('reads --only (repeated or comma-separated), --json and --figures, with or without =', () => {
    expect(parseArgs(['--only', 'scan,db', '--only=catalog.search', '--json', 'out.json'], 'figs')).toEqual({
      only: ['scan', 'db', 'catalog.search'],
      json: 'out.json',
      figuresDir: 'figs',
    });
    expect(parseArgs(['--json=x.json', '--figures', 'elsewhere'], 'figs')).toEqual({ only: [], json: 'x.json', figuresDir: 'elsewhere' });
  });

  it('refuses unknown arguments and a flag without its value', () => {
    expect(() => parseArgs(['--fast'], 'f')).toThrow(/unknown argument --fast/);
    expect(() => parseArgs(['--json'], 'f')).toThrow(/--json needs a value/);
  });

  it('selects modules and figures by prefix', () => {
    expect(moduleWanted('scan', [])).toBe(true);
    expect(moduleWanted('scan', ['scan'])).toBe(true);
    expect(moduleWanted('scan', ['scan.resolve_p99'])).toBe(true);
    expect(moduleWanted('scan', ['sc'])).toBe(true);
    expect(moduleWanted('scan', ['db'])).toBe(false);
    expect(moduleWanted('scanner', ['scan.resolve'])).toBe(false);
    expect(figureWanted('scan.resolve_p99_ms', ['scan.resolve_p9'])).toBe(true);
    expect(figureWanted('scan.resolve_p50_ms', ['scan.resolve_p9'])).toBe(false);
  });
});

describe('percentiles', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, p50: 2, p99: 3, max: 3, mean: 2 });
    expect(() => percentile([], 50)).toThrow();
  });
});

describe('runBench', () => {
  const mod = (prefix: string, run: FigureModule['run']): FigureModule => ({ prefix, run });
  const modules = [
    mod('alpha', async () => [
      { name: 'alpha.one_ms', value: 1.23456, unit: 'ms' },
      { name: 'alpha.two_ratio', value: 2, unit: 'x' },
    ]),
    mod('broken', async () => {
      throw new Error('fixture missing');
    }),
    mod('beta', async () => [{ name: 'beta.size_mb', value: 131.6, unit: 'MB' }]),
  ];

  it('prints every figure, writes the JSON object, and reports a failing module without stopping', async () => {
    const json = join(tempDir(), 'figures.json');
    const lines: string[] = [];
    const result = await runBench(modules, { json, only: [], figuresDir: '' }, (l) => lines.push(l));
    expect(lines).toEqual(['alpha.one_ms: 1.23 ms', 'alpha.two_ratio: 2 x', 'beta.size_mb: 132 MB']);
    expect(result.failed).toEqual(['broken']);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({ 'alpha.one_ms': 1.23, 'alpha.two_ratio': 2, 'beta.size_mb': 132 });
  });

  it('runs only what --only names', async () => {
    const lines: string[] = [];
    let betaRan = false;
    const withSpy = [...modules.slice(0, 1), mod('beta', async () => ((betaRan = true), []))];
    await runBench(withSpy, { json: null, only: ['alpha.two'], figuresDir: '' }, (l) => lines.push(l));
    expect(lines).toEqual(['alpha.two_ratio: 2 x']);
    expect(betaRan).toBe(false);
  });

  it('refuses a figure named outside its module prefix', async () => {
    const result = await runBench([mod('gamma', async () => [{ name: 'delta.x_ms', value: 1, unit: 'ms' }])], { json: null, only: [], figuresDir: '' }, () => undefined);
    expect(result.failed).toEqual(['gamma']);
  });
});

describe('npm run bench (the CLI)', () => {
  it('loads the modules of a figures folder, prints lines and writes --json', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'demo.mjs'),
      `export const prefix = 'demo';
       export async function run() { return [{ name: 'demo.fast_ms', value: 0.012345, unit: 'ms' }, { name: 'demo.count', value: 3, unit: 'rows' }]; }`,
    );
    const json = join(dir, 'out.json');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/index.ts', '--figures', dir, '--json', json], { cwd: process.cwd() });
    expect(stdout.trim().split('\n')).toEqual(['demo.fast_ms: 0.0123 ms', 'demo.count: 3 rows']);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({ 'demo.fast_ms': 0.0123, 'demo.count': 3 });

    const only = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/index.ts', '--figures', dir, '--only', 'demo.count'], { cwd: process.cwd() });
    expect(only.stdout.trim()).toBe('demo.count: 3 rows');
  });

  it('exits with a usage message on a bad argument', async () => {
    const err = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/index.ts', '--nope'], { cwd: process.cwd() }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stderr).toMatch(/usage: npm run bench/);
  });
});
