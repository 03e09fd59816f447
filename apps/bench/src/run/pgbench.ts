import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CapturedScenario } from './capture-sql.ts';

const literal = (value: unknown): string => {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replace(/'/g, "''")}'`;
};

/**
 * A pgbench script of the captured statements, parameters inlined. Per transaction it picks another
 * ticket of the hot project (`:n`); where a statement needs the id the server had just read, it
 * looks it up by key in a subquery. Creates take their number from the counter statement (\gset).
 */
export function pgbenchScript(name: string, captured: CapturedScenario, hotKey: string, hotCount: number): string {
  const lines = [`\\set n random(1, ${hotCount})`];
  const transactional = name === 'create' || name === 'transition';
  if (transactional) lines.push('BEGIN;');
  for (const statement of captured.statements) {
    let text = statement.sql.replace(/\$(\d+)/g, (_, index: string) => {
      const value = statement.params[Number(index) - 1];
      if (name === 'create') {
        if (value === captured.ticketNumber) return ':number';
        if (value === captured.ticketKey) return `'${hotKey}-' || :number`;
        if (value === captured.ticketId) return "':t_id'";
      } else {
        if (value === captured.ticketKey) return `'${hotKey}-' || :n`;
        if (value === captured.ticketId) return `(select id from tickets where key = '${hotKey}-' || :n)`;
      }
      return literal(value);
    });
    text = text.replace(/\s+/g, ' ');
    if (name === 'create' && /^update "project_counters"/.test(text)) text += ' \\gset';
    else if (name === 'create' && /^insert into "tickets"/.test(text)) text += ' \\gset t_';
    else text += ';';
    lines.push(text);
  }
  if (transactional) lines.push('COMMIT;');
  return `${lines.join('\n')}\n`;
}

/** Runs pgbench with the script; returns transactions per second. */
export async function runPgbench(
  databaseUrl: string,
  script: string,
  clients: number,
  seconds: number,
): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'tkt-pgbench-'));
  const file = join(dir, 'script.sql');
  await writeFile(file, script);
  const { stdout } = await promisify(execFile)(
    'pgbench',
    ['-n', '-f', file, '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds), databaseUrl],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const match = stdout.match(/tps = ([\d.]+)/);
  if (!match) throw new Error(`pgbench printed no tps:\n${stdout}`);
  return Number(match[1]);
}
