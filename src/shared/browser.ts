// The only module that imports webextension-polyfill, so every context shares one promise-based API
// and tests can mock a single place.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export { browser };
