import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  plugins: [
    react(),
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
