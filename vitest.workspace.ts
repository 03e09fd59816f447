import { configDefaults, type TestProjectInlineConfiguration } from 'vitest/config';

// Every project's tests run against a real database: one migrated template per run
// (PGlite by default, PostgreSQL when DATABASE_URL is set), copied fresh for each test file.
const globalSetup = ['packages/db/src/testing/global-setup.ts'];

// `*.pg.test.ts` files put a server of their own making between the code and PostgreSQL (a proxy that
// cuts connections, a driver fault): they exist only in the PostgreSQL pass, where there is a server.
const exclude = process.env.DATABASE_URL ? configDefaults.exclude : [...configDefaults.exclude, '**/*.pg.test.ts'];

// Test files of a project share their worker's modules (importing the server's module graph afresh for
// every file took half of a file's time); each file still gets its own database.
const project = (name: string, root: string, isolate = false): TestProjectInlineConfiguration => ({
  test: {
    name,
    root,
    isolate,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude,
    globalSetup: globalSetup.map((file) => `${import.meta.dirname}/${file}`),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export const projects = [
  project('db', 'packages/db'),
  project('core', 'packages/core'),
  project('api', 'packages/api'),
  project('client', 'packages/client'),
  project('server', 'apps/server'),
  // The browser-like environment keeps the DOM and React's state from file to file: a fresh one each.
  project('web', 'apps/web', true),
  project('bench', 'apps/bench'),
];
