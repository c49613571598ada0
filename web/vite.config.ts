import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server during `npm run dev -w web` (the built app is served by the API server itself). */
const API = process.env.POLICY_GRAPH_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The browser test reads the manifest to know which chunks hold the graph library (it must not load on `/`).
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/graphql': API,
      '^/controllers/[^/]+\\.jsonld$': API,
    },
  },
});
