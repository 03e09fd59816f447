import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { projects } from './vitest.workspace.ts';

// vitest 4 ignores a bare vitest.workspace.ts; it reads test.projects from here.
// Test files in parallel, one per core: vitest's default leaves a core to itself (one file at a time
// on two cores), while much of this suite waits on servers, processes and timers rather than computing.
export default defineConfig({ test: { projects, maxWorkers: Math.max(2, availableParallelism()) } });
