import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension loaded.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
});
