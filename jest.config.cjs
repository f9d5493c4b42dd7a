/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/unit'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(tsx?|m?js)$': '<rootDir>/test/setup/esbuild-transform.cjs' },
  // preact 11 and its hooks ship only ESM: let the transform turn them into CommonJS too.
  transformIgnorePatterns: ['/node_modules/(?!(preact|@preact)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  setupFiles: ['<rootDir>/test/setup/jest-setup.cjs'],
};
