import { defineConfig } from 'vitest/config';
import { projects } from './vitest.workspace.ts';

// vitest 4 ignores a bare vitest.workspace.ts; it reads test.projects from here.
export default defineConfig({ test: { projects } });
