import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance for everything ("another module or realm" otherwise).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The files of a worker share their modules: the app is imported once per worker, not once per
    // file (about 4 s of CPU each). What modules keep between files is reset by the setup file.
    isolate: false,
    setupFiles: ['test/setup-file.ts'],
    // A migrated template database that each file's fresh database copies (PostgreSQL only).
    globalSetup: ['test/global-setup.ts'],
    // Each file starts its own API on its own fresh database; two at a time suits 2 cores.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
