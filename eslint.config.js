// Lint enforces the layering (lint/import-layers.js: zones, libraries, folder order, test
// support) on every file, tests included, and the type-aware rules the style notes ask for on
// product code, where a floating promise or a missed union member is a user's bug. Tests, e2e
// and scripts get the same rules without type information: building the type program is most
// of the lint's time, and `npm run lint` caches results under node_modules/.cache.
import tseslint from 'typescript-eslint';
import layers, { readLayers } from './lint/import-layers.js';

const TS = ['**/*.ts', '**/*.tsx'];
const PRODUCT = ['shared/**/*.ts', 'main/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**', '**/fixtures/**'];

/** Folder orders per area; an area whose lint/<name>-layers.js does not exist yet is not ordered. */
const FOLDER_ORDERS = (
  await Promise.all(
    [
      { area: 'renderer/src', name: 'renderer' },
      { area: 'main', name: 'main' },
      { area: 'shared', name: 'shared' },
    ].map(async ({ area, name }) => ({ area, file: `lint/${name}-layers.js`, layers: await readLayers(name) })),
  )
).filter((order) => order.layers !== undefined);

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.scratch/**',
      'node_modules/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'bin/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  {
    files: TS,
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: PRODUCT,
    ignores: TEST_FILES,
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Every line of an e2e story is asynchronous: an un-awaited expect there is a story that
    // cannot fail, so the promise rules run on e2e too (its specs share the product's program).
    files: ['e2e/**/*.ts'],
    languageOptions: {
      parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: TS,
    plugins: { layers },
    rules: {
      'layers/zones': 'error',
      'layers/packages': 'error',
      'layers/folder-order': ['error', FOLDER_ORDERS],
      'layers/test-support': 'error',
    },
  },
);
