import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Tests that draw nothing: no DOM to set up per file. */
const LOGIC = [
  'tests/unit/content/**/*.test.ts',
  'tests/unit/meta/**/*.test.ts',
  'tests/unit/background/**/*.test.ts',
  'tests/unit/utils/**/*.test.ts',
];
/** Logic tests that still need a document. */
const LOGIC_WITH_DOM = ['tests/unit/utils/pin-in-view.test.ts'];
/** Component tests that replace modules with `vi.mock`: a mock must not leak into other files. */
const MOCKING = ['tests/unit/components/explainer/ExplainerView.test.tsx'];
const COMPONENTS = [
  'tests/unit/components/**/*.test.{ts,tsx}',
  'tests/unit/entrypoints/**/*.test.{ts,tsx}',
  ...LOGIC_WITH_DOM,
];

// Two projects: logic in plain Node (no DOM to build for each file, and no fresh module graph
// per file: these files mock nothing and hold no state between them), and components in
// happy-dom, one file isolated from the next. Threads start faster than forked processes, and
// two workers keep both cores busy (vitest's default on a 2-core machine is one).
/** The longest file first, so it does not start last and hold up the end of the run. */
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const long = (f: TestSpecification) => MOCKING.some((m) => f.moduleId.endsWith(m));
    return [...sorted.filter(long), ...sorted.filter((f) => !long(f))];
  }
}

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    restoreMocks: true,
    pool: 'threads',
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'mocking',
          environment: 'happy-dom',
          include: MOCKING,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
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
          isolate: false,
          include: COMPONENTS,
          exclude: MOCKING,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
