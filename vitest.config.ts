import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql module for everyone: Vite would give our code the ESM build while graphql-tools and yoga
  // (external, CommonJS) load the CJS one, and graphql refuses types from "another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The files share one Neo4j; each cleans up what it creates, but counts are only stable one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
