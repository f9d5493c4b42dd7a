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
);
