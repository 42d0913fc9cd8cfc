import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries: what each runtime may reach. */
const boundaries = {
  shared: {
    // Pure TypeScript: runs in Node, Electron and the browser alike.
    patterns: [
      {
        group: ['electron', 'node:*', 'better-sqlite3', 'react', 'react-dom'],
        message: 'src/shared must not depend on a runtime.',
      },
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/web-host/**'],
        message: 'src/shared must not import app code.',
      },
    ],
  },
  renderer: {
    patterns: [
      {
        group: ['electron', 'node:*', 'better-sqlite3'],
        message: 'The renderer runs in a sandbox: no Node or Electron.',
      },
      {
        group: ['**/main/**', '**/web-host/**'],
        message: 'The renderer talks to the main process only through window.api.',
      },
    ],
  },
  mainAndHost: {
    patterns: [
      { group: ['**/renderer/**'], message: 'Main-side code must not import the renderer.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.shared] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', boundaries.renderer],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/web-host/**/*.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.mainAndHost] },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
