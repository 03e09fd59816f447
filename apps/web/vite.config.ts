import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudget } from './bundle-budget.ts';

// `pnpm dev`: Vite serves the app and hands the API to the server (`pnpm --filter @ticketing/server dev`).
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), tailwindcss(), bundleBudget(250)],
  build: { outDir: 'dist', sourcemap: false, reportCompressedSize: true },
  server: {
    proxy: { '/trpc': { target: api, changeOrigin: false }, '/api': { target: api, changeOrigin: false } },
  },
});
