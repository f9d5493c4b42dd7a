// Lint, and the boundaries between contexts (design §3) enforced here rather than by memory.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const other = (...folders) => folders.map((folder) => `**/${folder}/**`);
const polyfill = { name: 'webextension-polyfill', message: 'Import { browser } from shared/browser.ts.' };
// Flat config does not merge options of one rule across blocks, so each zone states all it forbids.
const zone = (files, groups, message, { allowPolyfill = false, ignores = [] } = {}) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { paths: allowPolyfill ? [] : [polyfill], patterns: [{ group: groups, message }] }],
  },
});
const sharedGroups = other('background', 'content', 'popup', 'options');
const noMarkupSyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No markup from strings (issue 6.4).' },
  { selector: "NewExpression[callee.name='DOMParser']", message: 'No markup from strings (issue 6.4).' },
];
const untranslated = "Text a person reads goes through t('key') from shared/i18n (_locales), never a literal (issue 6.2).";
export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'artifacts/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  zone(['src/shared/**'], sharedGroups, 'shared/ imports no context folder.', { ignores: ['src/shared/browser.ts'] }),
  zone(['src/shared/browser.ts'], sharedGroups, 'shared/ imports no context folder.', { allowPolyfill: true }),
  zone(['src/shared/phone/**'], [...sharedGroups, '**/browser', '**/storage/**', '**/api/**', '**/messages/**'], 'shared/phone is pure: no browser APIs, no other shared modules.'),
  zone(['src/content/**'], [...other('background', 'popup', 'options'), '**/shared/api/**'], 'Content scripts talk to the background by message only; only the background uses the API.'),
  zone(['src/popup/**', 'src/options/**'], [...other('background', 'content'), '**/shared/api/**'], 'UI pages talk to the background by message only; they never parse raw API JSON.'),
  zone(['src/background/**'], other('content', 'popup', 'options'), 'The background imports no UI or content code.'),
  {
    // Only the background talks to the network (through shared/api).
    files: ['src/content/**', 'src/popup/**', 'src/options/**', 'src/shared/**'],
    ignores: ['src/shared/api/**'],
    rules: {
      'no-restricted-globals': ['error', ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({ name, message: 'Only the background talks to the network.' }))],
    },
  },
  zone(['sim/**'], ['**/src/**'], 'The simulator has its own types so a client bug is caught, not mirrored.'),
  {
    // Security (issue 6.4): page data never becomes markup, and no code is made from strings
    // (MV3's CSP forbids it anyway; this catches it before the browser does).
    files: ['src/**'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment'].map((property) => ({ property, message: 'Build DOM with textContent / createElement / JSX: no markup from strings (issue 6.4).' })),
        ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: 'No document.write (issue 6.4).' })),
      ],
      'no-restricted-syntax': ['error', ...noMarkupSyntax],
    },
  },
  {
    // Languages (issue 6.2): text a person reads on the popup and options pages comes from
    // _locales through t(), so an untranslated literal cannot come back. Restates the markup rules
    // above: flat config does not merge one rule's options across blocks.
    files: ['src/popup/**/*.tsx', 'src/options/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noMarkupSyntax,
        { selector: 'JSXText[value=/\\p{L}/u]', message: untranslated },
        ...['Literal', 'JSXExpressionContainer > Literal', 'JSXExpressionContainer > TemplateLiteral > TemplateElement'].map((node) => ({
          selector: `JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label|hint)$/] > ${node}[value${node.endsWith('TemplateElement') ? '.raw' : ''}=/\\p{L}/u]`,
          message: untranslated,
        })),
      ],
    },
  },
);
