import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Every test file under src, relative to this folder. */
function testFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Files that replace a module with `vi.mock` need a module graph of their own: a module another file
 * already loaded would keep the real one. Every other file shares its worker's modules (React,
 * antd and the app are imported once per worker, not once per file: a third of the CPU time).
 */
const mocking = testFiles().filter((file) => /\bvi\.mock\(/.test(readFileSync(file, 'utf8')));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Without this, graphql loads twice (ESM and CJS copies) and fails with "another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20_000,
    // Let the print-style test read global.css as text (`?raw`): CSS is blanked out otherwise.
    css: { include: [/global\.css/, /audit-conduct\.css/] },
    projects: [
      { extends: true, test: { name: 'isolated', include: mocking, isolate: true } },
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.{ts,tsx}'], exclude: mocking, isolate: false },
      },
    ],
  },
});
