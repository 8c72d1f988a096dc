import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs separately; the dev and preview servers proxy /graphql (HTTP and WebSocket) and /files to it,
// so the app only ever uses relative URLs and works the same behind the production ingress.
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:4000';
const port = Number(process.env.WEB_PORT ?? 5173);
const proxy = {
  '/graphql': { target: apiTarget, ws: true, changeOrigin: true },
  // Uploads and downloads of files travel beside GraphQL, never inside it.
  '/files': { target: apiTarget, changeOrigin: true },
  // Residents' photos for a repair report, sent from the public page without signing in.
  '/public': { target: apiTarget, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  build: { chunkSizeWarningLimit: 1500 },
});
