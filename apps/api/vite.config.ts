import { defineConfig } from 'vite';

// Vite in SSR mode keeps TypeScript's decorator metadata (esbuild alone drops it), inlines the
// workspace libs and leaves node_modules external.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  build: {
    ssr: 'src/main.ts',
    outDir: '../../dist/apps/api',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
  ssr: { noExternal: ['@steerline/contracts'] },
});
