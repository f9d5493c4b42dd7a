// Lint, and the boundaries between contexts (design §3) enforced here rather than by memory.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const other = (...folders) => folders.map((folder) => `**/${folder}/**`);
const zone = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
});

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
    files: ['test/**'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import { browser } from shared/browser.ts.' }] }],
    },
  },
  zone(['src/shared/**'], other('background', 'content', 'popup', 'options'), 'shared/ imports no context folder.'),
  zone(['src/shared/phone/**'], ['**/browser', '**/shared/browser', 'webextension-polyfill', '**/storage/**', '**/api/**'], 'shared/phone is pure: no browser APIs.'),
  zone(['src/content/**'], [...other('background', 'popup', 'options'), '**/shared/api/**'], 'Content scripts talk to the background by message only; only the background uses the API.'),
  zone(['src/popup/**', 'src/options/**'], [...other('background', 'content'), '**/shared/api/**'], 'UI pages talk to the background by message only; they never parse raw API JSON.'),
  zone(['src/background/**'], other('content', 'popup', 'options'), 'The background imports no UI or content code.'),
  zone(['sim/**'], ['**/src/**'], 'The simulator has its own types so a client bug is caught, not mirrored.'),
);
