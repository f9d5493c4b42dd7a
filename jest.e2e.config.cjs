/** End-to-end tests: the built dist/ in real Chromium against the simulator. One browser at a time. */
const base = require('./jest.config.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  setupFiles: [],
  testTimeout: 60_000,
  maxWorkers: 1,
};
