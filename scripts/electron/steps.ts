// Numbered steps for `npm start` and `npm run rebuild:electron`: each says what it does in zh-CN and English, and a
// failure says which step failed, why, and what to do next, then exits with that step's own code.

/** A zh-CN sentence and its English twin. */
export interface Said {
  zh: string;
  en: string;
}

export class StepFailure extends Error {
  constructor(
    readonly what: Said,
    readonly next: Said,
    readonly details?: string,
  ) {
    super(`${what.zh} / ${what.en}`);
    this.name = 'StepFailure';
  }
}

export interface Step {
  title: Said;
  /** The process exit code when this step fails. */
  exitCode: number;
  run: () => Promise<void> | void;
}

export function formatStepHeader(index: number, total: number, title: Said): string {
  return `[${index}/${total}] ${title.zh} / ${title.en}`;
}

export function formatFailure(index: number, total: number, step: Step, error: unknown): string {
  const lines = [`✗ 第 ${index}/${total} 步失败：${step.title.zh}`, `✗ Step ${index}/${total} failed: ${step.title.en}`];
  if (error instanceof StepFailure) {
    lines.push(`  ${error.what.zh}`, `  ${error.what.en}`);
    if (error.details) lines.push(...error.details.trim().split('\n').slice(0, 8).map((l) => `    ${l}`));
    lines.push(`  → ${error.next.zh}`, `  → ${error.next.en}`);
  } else {
    lines.push(`  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return lines.join('\n');
}

/** Runs the steps in order; returns 0, or the exit code of the first step that failed (after printing why). */
export async function runSteps(steps: Step[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  for (const [i, step] of steps.entries()) {
    out(formatStepHeader(i + 1, steps.length, step.title));
    try {
      await step.run();
    } catch (error) {
      err(formatFailure(i + 1, steps.length, step, error));
      return step.exitCode;
    }
  }
  return 0;
}
