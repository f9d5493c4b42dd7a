// Import this FIRST in UI tests. The esbuild transform, unlike babel-jest, does not hoist jest.mock
// above imports, so the mocks must be registered by a module that is evaluated before the others.
jest.mock('../../../../src/shared/messages/send', () => ({ sendToBackground: jest.fn() }));
jest.mock('../../../../src/shared/browser', () => ({ browser: jest.requireActual('./fake-browser').fakeBrowser }));
jest.mock('../../../../src/shared/storage/settings', () => ({
  ...jest.requireActual('../../../../src/shared/storage/settings'),
  loadSettings: jest.fn(),
  saveSettings: jest.fn(),
  // Enterprise policy locks (issue 6.5): none unless a test says otherwise.
  loadPolicyLocks: jest.fn(async () => ({ locked: [], problems: [] })),
}));

export {};
