import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const KB = 1024;

/**
 * Sums the gzip size of the JS a first visit downloads (the entry chunk and every chunk it
 * imports statically; lazy routes excluded), prints it and fails the build over the budget.
 */
export function initialJsBudget(budgetKb: number): Plugin {
  return {
    name: 'loved:initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { code: string; imports: string[] }>();
      const entries: string[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.set(output.fileName, { code: output.code, imports: output.imports });
        if (output.isEntry) entries.push(output.fileName);
      }
      const initial = new Set<string>();
      const pending = [...entries];
      while (pending.length > 0) {
        const fileName = pending.pop();
        if (fileName === undefined || initial.has(fileName)) continue;
        const chunk = chunks.get(fileName);
        if (!chunk) continue;
        initial.add(fileName);
        pending.push(...chunk.imports);
      }
      let bytes = 0;
      for (const fileName of initial) {
        bytes += gzipSync(chunks.get(fileName)?.code ?? '').length;
      }
      const sizeKb = bytes / KB;
      // Printed whatever the log level, so CI logs always show the figure.
      process.stdout.write(
        `Initial JS: ${sizeKb.toFixed(1)} KB gzip (budget ${budgetKb} KB) in ${initial.size} chunk(s)\n`,
      );
      if (sizeKb > budgetKb) {
        this.error(
          `Initial JS is ${sizeKb.toFixed(1)} KB gzip, over the ${budgetKb} KB budget. Load more routes lazily.`,
        );
      }
    },
  };
}
