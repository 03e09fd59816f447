import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';

/** Runs the fixture in its own process: an uncaught exception ends it, which the test must see. */
function runFixture(serverUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/closed-socket-write.ts', serverUrl], {
      cwd: `${import.meta.dirname}/..`,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// The driver (postgres.js 3.4.9) schedules small writes with setImmediate; when the connection closes
// before the write runs, the unpatched driver dereferences a null socket and the process dies with an
// uncaught TypeError (porsager/postgres#1154, #1208). patches/postgres@3.4.9.patch settles the query.
describe('the patched PostgreSQL driver', () => {
  it('rejects a query sent to a connection that has just closed with CONNECTION_CLOSED, lives on, and keeps the connection usable', async () => {
    const template = inject('dbTemplate');
    if (template.kind !== 'postgres') throw new Error('this file runs in the PostgreSQL pass only');
    const run = await runFixture(template.serverUrl);
    expect(run.stderr).not.toContain("Cannot read properties of null (reading 'write')");
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual({ settled: 'rejected', code: 'CONNECTION_CLOSED', recovered: true });
  });
});
