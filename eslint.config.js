import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import rules per layer (CONVENTIONS.md): each entry forbids the listed folders from inside `files`. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((name) => ({
          group: [`**/${name}/*`, `**/${name}`],
          message,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-output/**',
      'bench-output/**',
      '.data/**',
      'public/vendor/**',
      'dev-dist/**',
      'scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/console/**/*.{ts,tsx}', 'src/shared-ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer(
    ['src/core/**'],
    ['storage', 'sync', 'scanning', 'ui', 'pwa', 'sw', 'i18n', 'workers'],
    'core is pure: it imports nothing of the app.',
  ),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core has no DOM' },
        { name: 'document', message: 'core has no DOM' },
        { name: 'fetch', message: 'core does no I/O' },
        { name: 'indexedDB', message: 'core does no I/O' },
        { name: 'localStorage', message: 'core does no I/O' },
      ],
    },
  },
  layer(['src/storage/**'], ['sync', 'scanning', 'ui', 'pwa', 'sw'], 'storage may import only core.'),
  layer(['src/scanning/**'], ['storage', 'sync', 'ui', 'pwa', 'sw'], 'scanning may import only core.'),
  layer(['src/sync/**'], ['scanning', 'ui', 'pwa', 'sw'], 'sync may import core and storage.'),
  layer(['src/sw/**', 'src/workers/**'], ['ui', 'pwa', 'storage'], 'workers never import the UI.'),
  layer(
    ['src/console/**'],
    ['storage', 'sync', 'scanning', 'ui', 'pwa', 'sw', 'workers'],
    "the case console may import only core, i18n and shared-ui (never the tablet's storage or sync).",
  ),
  layer(['src/ui/**', 'src/pwa/**'], ['console'], 'the tablet app never imports the case console.'),
  layer(
    ['src/shared-ui/**'],
    ['storage', 'sync', 'scanning', 'ui', 'pwa', 'sw', 'workers', 'console'],
    'shared-ui serves both apps: it may import only core and i18n.',
  ),
);
