// Lint enforces the layering (shared ← main, shared ← renderer; preload sees only constants)
// and the type-aware rules the style notes ask for.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'util', 'url', 'stream', 'events', 'worker_threads'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', '.scratch/**', 'node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'bin/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict([...nodeBuiltins, 'electron', 'react', 'react-dom', 'prosemirror-*', 'lowdb', '**/main/**', '**/renderer/**'], 'shared/ is pure: no Node, Electron, DOM libraries, main/ or renderer/.'),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/preload/**', 'main/store/**'],
    rules: restrict(['react', 'react-dom', 'prosemirror-*', 'lowdb', '**/renderer/**', '**/preload/**'], 'main/ may not import the renderer or the preload; lowdb stays in main/store/.'),
  },
  {
    files: ['main/store/**/*.ts'],
    rules: restrict(['react', 'react-dom', 'prosemirror-*', '**/renderer/**', '**/preload/**'], 'the store may not import the renderer or the preload.'),
  },
  {
    files: ['main/preload/**/*.ts'],
    ignores: ['main/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\./|\\.\\./\\.\\./shared/ipc/(channels|bridge)$)',
              message: 'the preload imports only electron, its own files and shared/ipc/channels (types from shared/ipc/bridge).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict([...nodeBuiltins, 'electron', 'lowdb', '**/main/**'], 'renderer/ runs in the sandboxed page: no Node, Electron or main/.'),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/editor/**'],
    rules: restrict([...nodeBuiltins, 'electron', 'lowdb', '**/main/**', 'prosemirror-*'], 'prosemirror-* stays inside renderer/src/editor/.'),
  },
);
