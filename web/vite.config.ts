import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is built into web/dist and served by the Sapa server at /. During development
// `npx vite web` proxies the API to a running `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': { target: 'http://localhost:3000', ws: true } } },
});
