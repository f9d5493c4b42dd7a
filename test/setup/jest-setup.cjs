// webextension-polyfill refuses to load without an extension id.
require('jest-webextension-mock');
globalThis.chrome.runtime.id = 'test-extension-id';
