// Import this FIRST in content tests. The esbuild transform, unlike babel-jest, does not hoist
// jest.mock above the imports, so the mocks must be registered by a module imported before the rest.
jest.mock('../../../src/shared/browser', () => jest.requireActual('./fake-browser'));
jest.mock('../../../src/shared/messages/send', () => ({ sendToBackground: jest.fn() }));
