import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import formatjs from 'eslint-plugin-formatjs';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import path from 'node:path';

/** Import boundaries: what each runtime may reach. */
const boundaries = {
  shared: {
    // Pure TypeScript: runs in Node, Electron and the browser alike.
    patterns: [
      {
        group: ['electron', 'node:*', 'better-sqlite3-multiple-ciphers', 'react', 'react-dom'],
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
        group: ['electron', 'node:*', 'better-sqlite3-multiple-ciphers'],
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

/*
 * Renderer layers (src/renderer/src): app/ (the shell and routes) sits on features/, which sit
 * on components/ (widgets any screen may use) and lib/ (no React screens at all). Each layer
 * imports only those below it, so a widget or a screen can be moved or reused on its own.
 */
const rendererRoot = './src/renderer/src';
const rendererZones = [
  {
    target: [`${rendererRoot}/features`, `${rendererRoot}/components`, `${rendererRoot}/lib`],
    from: `${rendererRoot}/app`,
    message: 'Only app/ may import app/: share what screens need through lib/ or components/.',
  },
  {
    target: [`${rendererRoot}/components`, `${rendererRoot}/lib`],
    from: `${rendererRoot}/features`,
    message: 'components/ and lib/ serve every feature, so they import none.',
  },
  {
    target: `${rendererRoot}/lib`,
    from: `${rendererRoot}/components`,
    message: 'lib/ holds plain helpers and hooks, below the components.',
  },
];

/** Hooks live in files named as the hook (`useSaveForm.ts`), one case for them all. */
const hookFileName = {
  meta: {
    type: 'suggestion',
    schema: [],
    messages: { name: 'A hook file is named useXxx.ts(x) in camelCase, not "{{name}}".' },
  },
  create(context) {
    const name = path.basename(context.filename);
    return {
      Program(node) {
        if (/^use/i.test(name) && !/^use[A-Z][A-Za-z0-9]*(\.test)?\.tsx?$/.test(name)) {
          context.report({ node, messageId: 'name', data: { name } });
        }
      },
    };
  },
};

/*
 * Every word the therapist reads goes through react-intl (issue #13): no literal text in JSX
 * children, nor in the props that carry text. Text with no letter in it (punctuation, "▾",
 * "✕", ":00") is not language and is allowed. eslint-plugin-formatjs's no-literal-string-in-jsx
 * flags those too, and cannot be told about this codebase's own text props (subject,
 * noneLabel…), hence this small rule.
 */
const TEXT_PROPS = new Set([
  'label',
  'description',
  'title',
  'placeholder',
  'alt',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'legend',
  'heading',
  'subject',
  'confirmLabel',
  'cancelLabel',
  'submitLabel',
  'noneLabel',
  'error',
  'rows',
]);
const hasLetter = (text) => /\p{L}/u.test(text);
const noLiteralUiText = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      literal:
        'UI text "{{text}}" must come from react-intl (intl.formatMessage with an id), so it can be translated.',
    },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    const check = (node) => {
      if (!node) return;
      if (node.type === 'Literal' && typeof node.value === 'string') {
        if (hasLetter(node.value)) report(node, node.value);
      } else if (node.type === 'TemplateLiteral') {
        const raw = node.quasis.map((q) => q.value.cooked ?? '').join('');
        if (hasLetter(raw)) report(node, raw);
      } else if (node.type === 'ConditionalExpression') {
        check(node.consequent);
        check(node.alternate);
      } else if (
        node.type === 'LogicalExpression' ||
        (node.type === 'BinaryExpression' && node.operator === '+')
      ) {
        check(node.left);
        check(node.right);
      } else if (node.type === 'ArrayExpression') {
        node.elements.forEach(check);
      }
    };
    return {
      JSXText(node) {
        if (hasLetter(node.value)) report(node, node.value);
      },
      'JSXElement > JSXExpressionContainer, JSXFragment > JSXExpressionContainer'(node) {
        check(node.expression);
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
        if (!TEXT_PROPS.has(name) || !node.value) return;
        check(node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value);
      },
    };
  },
};

// ── Rooms of the main side (issue #9): which room may import which. ──────────────────────
// One import-x/no-restricted-paths block, checked on resolved paths, so a rule cannot be
// dodged by how a relative import is spelt. Keep other boundary rules in their own blocks.
const PRODUCTION = [
  'src/main/**/!(*.test).ts',
  'src/shared/**/!(*.test).ts',
  'src/preload/**/*.ts',
  'src/renderer/**/!(*.test).{ts,tsx}',
  'src/web-host/**/!(*.test).ts',
];
const rooms = [
  {
    target: [
      'src/main/!(electron)/**/*.ts',
      'src/main/*.ts',
      'src/shared/**/*.ts',
      'src/renderer/**/*.{ts,tsx}',
      'src/web-host/**/*.ts',
      'src/test-support/**/*.ts',
    ],
    from: 'node_modules/electron',
    message: 'Only the Electron shell (src/main/electron) and the preload import electron.',
  },
  {
    target: [
      'src/main/!(electron)/**/*.ts',
      'src/main/*.ts',
      'src/web-host/**/*.ts',
      'src/test-support/**/*.ts',
    ],
    from: 'src/main/electron',
    message: 'The core and the web host never reach into the Electron shell.',
  },
  {
    target: 'src/main/db/**/!(*.test).ts',
    from: 'src',
    except: ['./shared', './main/db'],
    message: 'Production code in src/main/db imports only src/shared and src/main/db.',
  },
  {
    target: 'src/main/handout/**/!(*.test).ts',
    from: 'src',
    except: ['./shared', './main/handout'],
    message: 'Production code in src/main/handout imports only src/shared and src/main/handout.',
  },
  {
    target: 'src/main/records/**/!(*.test).ts',
    from: ['src/main/api', 'src/main/db'],
    message: 'src/main/records is the record-file codec: use cases and SQL live in api/ and db/.',
  },
  {
    target: 'src/main/api/**/*.ts',
    from: 'src/main/dispatch.ts',
    message: 'Use cases do not reach into the dispatcher (the transport layer).',
  },
  {
    target: PRODUCTION,
    from: 'src/test-support',
    message: 'Production code never imports test support.',
  },
  {
    target: [
      'src/main/**/*.ts',
      'src/shared/**/*.ts',
      'src/renderer/**/*.{ts,tsx}',
      'src/web-host/**/*.ts',
      'src/test-support/**/*.ts',
      'e2e/**/*.ts',
    ],
    from: 'src/preload',
    except: ['./api-types.d.ts'],
    message: 'Nothing imports the preload but its type file (src/preload/api-types.d.ts).',
  },
];

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
  // No literal UI text (see noLiteralUiText above); tests are not UI.
  {
    files: ['src/renderer/src/**/*.tsx'],
    ignores: ['src/renderer/src/**/*.test.tsx'],
    plugins: { i18n: { rules: { 'no-literal-ui-text': noLiteralUiText } }, formatjs },
    rules: {
      'i18n/no-literal-ui-text': 'error',
      // Messages carry their English text where they are used, and every value they name.
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-placeholders': 'error',
      'formatjs/no-multiple-whitespaces': 'error',
    },
  },
  // Hook file names (see hookFileName above).
  {
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    plugins: { renderer: { rules: { 'hook-file-name': hookFileName } } },
    rules: { 'renderer/hook-file-name': 'error' },
  },
  {
    files: ['src/main/**/*.ts', 'src/web-host/**/*.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.mainAndHost] },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  // Rooms of the main side and the renderer's layers (see `rooms` and `rendererZones` above),
  // in one rule: a later block setting the same rule would replace, not add to, the zones.
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        // Zones are paths from the repository root, wherever eslint is started.
        { basePath: import.meta.dirname, zones: [...rooms, ...rendererZones] },
      ],
    },
  },
);
