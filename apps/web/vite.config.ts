import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  plugins: [
    react(),
    firstLoadBudget(200),
    viteStaticCopy({
      targets: [{ src: '../../node_modules/govuk-frontend/dist/govuk/assets/{fonts,images}/*', dest: 'assets', rename: { stripBase: 5 } }],
    }),
  ],
  // govuk-frontend ships its CSS minified, with old IE media hacks that LightningCSS's minifier refuses.
  build: { outDir: '../../dist/apps/web', emptyOutDir: true, cssMinify: false },
  server: { port: 4200, proxy: { '/api': 'http://localhost:3000' } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
  },
});

/**
 * Fails the build when the JavaScript a first visit downloads (the entry chunk and everything it imports statically,
 * gzipped) is over `budgetKb`. Lazy routes (dynamic imports) are not counted: they load when visited.
 */
function firstLoadBudget(budgetKb: number): Plugin {
  return {
    name: 'steerline-first-load-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
      const firstLoad = new Set<string>();
      const visit = (fileName: string) => {
        if (firstLoad.has(fileName) || !chunks.has(fileName)) return;
        firstLoad.add(fileName);
        chunks.get(fileName)!.imports.forEach(visit);
      };
      chunks.forEach((chunk) => chunk.isEntry && visit(chunk.fileName));
      const bytes = [...firstLoad].reduce((total, fileName) => total + gzipSync(chunks.get(fileName)!.code).length, 0);
      const summary = `First-load JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped in ${firstLoad.size} chunk(s); budget ${budgetKb} KB`;
      if (bytes > budgetKb * 1024) this.error(`${summary}. Split a route out with React.lazy or drop a dependency.`);
      this.info(summary);
    },
  };
}
