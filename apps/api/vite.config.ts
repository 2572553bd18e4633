import { defineConfig } from 'vite';

// Vite in SSR mode keeps TypeScript's decorator metadata (esbuild alone drops it), inlines the
// workspace libs and leaves node_modules external. Each entry is a program of its own: the server, the
// migration command, and the worker thread that reads uploaded spreadsheets.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  build: {
    ssr: true,
    outDir: '../../dist/apps/api',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { main: 'src/main.ts', migrate: 'src/migrate.ts', 'admin-create': 'src/admin-create.ts', 'spreadsheet-worker': 'src/import/reading/spreadsheet-worker.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  // The common-password list (password policy) is bundled too: its package has no ESM entry Node would pick.
  ssr: { noExternal: ['@steerline/contracts', /^@zxcvbn-ts\//] },
});
