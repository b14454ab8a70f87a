/// <reference types="vitest/config" />
// Vite config for the Tandem single-page app. Build: `npm run build:web` (writes dist/web,
// which the server serves). Dev: `npm run dev:web` with the API running on :3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.TANDEM_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      // The example import file is served by the API server as well.
      '/examples': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    root: webRoot,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
  },
});
