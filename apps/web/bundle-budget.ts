import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Sums the gzipped size of the JavaScript a first visit loads (the entry chunk and what it imports
 * statically; lazy routes come later), prints it, and fails the build past the budget.
 */
export function bundleBudget(budgetKb: number): Plugin {
  return {
    name: 'bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((item) => item.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const bytes = [...initial].reduce((sum, name) => sum + gzipSync(chunks.get(name)?.code ?? '').length, 0);
      const kb = bytes / 1024;
      this.info(`initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${initial.size} file(s) (budget ${budgetKb} KB)`);
      if (kb > budgetKb)
        this.error(`initial JavaScript is ${kb.toFixed(1)} KB gzipped, over the ${budgetKb} KB budget`);
    },
  };
}
