// Lint rules, including the layering rules from shared/DESIGN.md:
//   renderer → electron/api/contract only; api → core, devices, ocr, sync; core → db; nothing imports upward;
//   only electron/main and electron/preload import 'electron'; no async transaction callbacks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  paths: [{ name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." }],
};

/** no-restricted-imports patterns that stop a folder importing from the layers above it. */
const layer = (...forbidden) => ({
  'no-restricted-imports': [
    'error',
    {
      ...noElectron,
      patterns: forbidden.map((group) => ({ group: [group], message: 'Layering: see shared/DESIGN.md "Rules".' })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', '.electron-native', 'db/migrations', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', noElectron],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // better-sqlite3 transactions must be synchronous: an async callback commits at its first await.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction'] > :function[async=true]",
          message: 'Transaction callbacks must be synchronous (better-sqlite3): no async, no await inside.',
        },
        {
          selector: "CallExpression[callee.name=/^(transact|mutate)$/] :function[async=true]",
          message: 'Transaction callbacks must be synchronous (better-sqlite3): no async, no await inside.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(only)$/][callee.object.name=/^(it|test|describe)$/]",
          message: 'No .only in tests.',
        },
      ],
    },
  },
  { files: ['electron/main/**', 'electron/preload/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['db/**'], rules: layer('**/electron/**', '**/renderer/**', '**/scripts/**') },
  { files: ['electron/core/**'], rules: layer('**/api/**', '**/host/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/scripts/**', '**/devices/**', '**/ocr/**', '**/sync/**') },
  { files: ['electron/devices/**', 'electron/ocr/**', 'electron/sync/**'], rules: layer('**/api/**', '**/host/**', '**/main/**', '**/preload/**', '**/renderer/**') },
  { files: ['electron/api/**'], rules: layer('**/host/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/scripts/**') },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            {
              regex: '^(\\.\\./)+(electron|db|scripts)/(?!api/contract(/|$))',
              message: 'The renderer may import only electron/api/contract (types, schemas, messages).',
            },
            { group: ['node:*', 'better-sqlite3', 'drizzle-orm*'], message: 'The renderer runs in a browser.' },
          ],
        },
      ],
    },
  },
);
