import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Row {
  scenario: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  rssPeakMb: number;
}

export interface Target {
  scenario: string;
  connections: number;
  rps?: number;
  p99?: number;
  rssMb?: number;
}

const pad = (text: string, width: number) => text.padStart(width);

export function formatTable(rows: Row[]): string {
  const header = ['scenario', 'c', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'RSS MB'];
  const widths = [11, 3, 9, 7, 7, 7, 7];
  const lines = [header.map((cell, i) => pad(cell, widths[i] ?? 8)).join(' ')];
  for (const row of rows) {
    const cells = [
      row.scenario,
      String(row.connections),
      row.rps.toFixed(0),
      String(row.p50),
      String(row.p99),
      String(row.errors),
      row.rssPeakMb.toFixed(0),
    ];
    lines.push(cells.map((cell, i) => pad(cell, widths[i] ?? 8)).join(' '));
  }
  return lines.join('\n');
}

/** Each target met or missed, as lines for the output. */
export function checkTargets(rows: Row[], targets: Target[]): string[] {
  return targets.flatMap((target) => {
    const row = rows.find((r) => r.scenario === target.scenario && r.connections === target.connections);
    if (!row) return [];
    const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
    // No request finished within the run: every latency figure is then 0, which would read as met.
    if (row.rps === 0)
      return [`${mark(false)} ${target.scenario} c=${target.connections}: no request completed in the run`];
    const checks: string[] = [];
    if (target.rps !== undefined)
      checks.push(
        `${mark(row.rps >= target.rps)} ${target.scenario} c=${target.connections} req/s ${row.rps.toFixed(0)} (target ≥ ${target.rps})`,
      );
    if (target.p99 !== undefined)
      checks.push(
        `${mark(row.p99 <= target.p99)} ${target.scenario} c=${target.connections} p99 ${row.p99} ms (target ≤ ${target.p99})`,
      );
    if (target.rssMb !== undefined)
      checks.push(
        `${mark(row.rssPeakMb <= target.rssMb)} ${target.scenario} c=${target.connections} RSS ${row.rssPeakMb.toFixed(0)} MB (target ≤ ${target.rssMb})`,
      );
    return checks;
  });
}

export async function writeResults(dir: string, result: object): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
