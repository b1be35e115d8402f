// Lint rules, including the layering rules from shared/DESIGN.md:
//   renderer → electron/api/contract only; api → core, devices, ocr, sync; core → db; nothing imports upward;
//   only electron/main and electron/preload import 'electron'; no async transaction callbacks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve, sep } from 'node:path';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const noElectron = {
  paths: [{ name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." }],
};

/**
 * What each folder may not import (shared/DESIGN.md, "Rules"): renderer → api contract only; api → core, devices,
 * ocr, sync; core → db; nothing imports upward. Relative imports are resolved to real paths first, so a sub-domain
 * such as electron/core/devices is not mistaken for the electron/devices layer.
 */
const forbidden = {
  db: ['electron', 'renderer', 'scripts'],
  'electron/core': ['electron/api', 'electron/host', 'electron/main', 'electron/preload', 'electron/devices', 'electron/ocr', 'electron/sync', 'renderer', 'scripts'],
  'electron/devices': ['electron/api', 'electron/host', 'electron/main', 'electron/preload', 'renderer', 'scripts'],
  'electron/ocr': ['electron/api', 'electron/host', 'electron/main', 'electron/preload', 'renderer', 'scripts'],
  'electron/sync': ['electron/api', 'electron/host', 'electron/main', 'electron/preload', 'renderer', 'scripts'],
  'electron/api': ['electron/host', 'electron/main', 'electron/preload', 'renderer', 'scripts'],
};

const layering = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = relative(root, context.filename).split(sep).join('/');
        const zone = Object.keys(forbidden)
          .filter((z) => file.startsWith(`${z}/`))
          .sort((a, b) => b.length - a.length)[0];
        if (!zone) return {};
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = relative(root, resolve(dirname(context.filename), source)).split(sep).join('/');
          const bad = forbidden[zone].find((f) => target === f || target.startsWith(`${f}/`));
          if (bad) context.report({ node, message: `Layering: ${zone} may not import from ${bad} (see shared/DESIGN.md "Rules").` });
        };
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
        };
      },
    },
  },
};

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
  { files: ['**/*.ts', '**/*.tsx'], plugins: { layering }, rules: { 'layering/imports': 'error' } },
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
