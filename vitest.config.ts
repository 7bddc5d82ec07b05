import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/** Tests that draw nothing: no DOM to set up per file. */
const LOGIC = [
  'tests/unit/content/**/*.test.ts',
  'tests/unit/meta/**/*.test.ts',
  'tests/unit/background/**/*.test.ts',
  'tests/unit/utils/**/*.test.ts',
];
/** Logic tests that still need a document. */
const LOGIC_WITH_DOM = ['tests/unit/utils/pin-in-view.test.ts'];

// Two projects: logic in plain Node (no DOM to build for each file, and no fresh module graph
// per file: these files mock nothing and hold no state between them), and components in
// happy-dom, one file isolated from the next. Threads start faster than forked processes, and
// two workers keep both cores busy (vitest's default on a 2-core machine is one).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    restoreMocks: true,
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          isolate: false,
          include: LOGIC,
          exclude: LOGIC_WITH_DOM,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: [
            'tests/unit/components/**/*.test.{ts,tsx}',
            'tests/unit/entrypoints/**/*.test.{ts,tsx}',
            ...LOGIC_WITH_DOM,
          ],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
