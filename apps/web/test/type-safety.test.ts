import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The web app's types come from the procedures themselves (through @ticketing/client), so changing
// a procedure's output must break the app's typecheck. Proved on a copy of the sources: it checks
// clean as it is, and fails in apps/web once tickets' `title` is renamed in the output schema.
const repo = join(import.meta.dirname, '../../..');
const copy = mkdtempSync(join(tmpdir(), 'tkt-web-types-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const packages = ['packages/db', 'packages/core', 'packages/api', 'packages/client', 'apps/web'];

for (const dir of packages) {
  cpSync(join(repo, dir), join(copy, dir), {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist|test)$/.test(source),
  });
  // Dependencies as installed, except the workspace's own packages: those are the copies.
  const modules = join(copy, dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(repo, dir, 'node_modules'))) {
    if (entry === '@ticketing') continue;
    symlinkSync(join(repo, dir, 'node_modules', entry), join(modules, entry));
  }
  mkdirSync(join(modules, '@ticketing'));
  for (const other of packages) {
    symlinkSync(join(copy, other), join(modules, '@ticketing', other.split('/')[1] ?? other));
  }
}
symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
cpSync(join(repo, 'tsconfig.base.json'), join(copy, 'tsconfig.base.json'));
writeFileSync(
  join(copy, 'tsconfig.json'),
  JSON.stringify({ extends: './tsconfig.base.json', include: ['apps/web/src/**/*'] }),
);

const typecheck = () => {
  const result = spawnSync(join(repo, 'node_modules/.bin/tsc'), ['-p', join(copy, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('the web app’s types', () => {
  it('check clean on an unchanged copy (the harness itself works)', () => {
    const clean = typecheck();
    expect(clean.output).toBe('');
    expect(clean.status).toBe(0);
  }, 180_000);

  it('break in apps/web when a procedure’s output type changes', () => {
    const schemas = join(copy, 'packages/core/src/tickets/schemas.ts');
    const source = readFileSync(schemas, 'utf8');
    const changed = source.replace(
      /(ticketSchema = z\s*\.object\(\{[\s\S]*?)\btitle: z\.string\(\),/,
      '$1heading: z.string(),',
    );
    expect(changed).not.toBe(source);
    writeFileSync(schemas, changed);
    const broken = typecheck();
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/apps\/web\/src\/.*title/);
  }, 180_000);
});
