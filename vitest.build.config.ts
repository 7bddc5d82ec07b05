import { defineConfig } from 'vitest/config';

// Checks of the built output with no browser: manifests and permissions, bundle budgets, store
// zips. They read .output/, so `npm test` runs them after the builds.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts'],
  },
});
