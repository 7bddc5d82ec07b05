import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.output-*', '.wxt', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Content is rendered as text; HTML injection APIs are never needed.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, never HTML.' },
        { property: 'outerHTML', message: 'Render text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  // The layers (README, Architecture): content/ is pure knowledge; utils/ is browser glue over
  // it; components/ are views two or more pages share; entrypoints/ are the pages, which never
  // import one another. Each layer imports only from those below it.
  {
    files: ['content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)(utils|components|entrypoints)(/|$)',
              message: 'content/ is pure data and functions: it imports no browser glue or views.',
            },
            {
              regex: '^(wxt|@wxt-dev|webextension-polyfill|preact)(/|$)',
              message: 'content/ uses no browser API and no UI library, so it runs in plain Node.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)(components|entrypoints)(/|$)',
              message: 'utils/ is browser glue under the views: it imports no component or page.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)entrypoints(/|$)',
              message: 'components/ are shared by pages and import none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/entrypoints/|\\.\\./)',
              message:
                'Pages never import each other: share through components/, utils/ or content/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read rendered HTML to prove nothing was injected, and E2E/bench code evaluated inside
    // the service worker uses its `chrome` global.
    files: ['tests/**', 'scripts/**'],
    languageOptions: { globals: { chrome: 'readonly' } },
    rules: { 'no-restricted-properties': 'off' },
  },
);
