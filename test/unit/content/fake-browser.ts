// A controllable stand-in for src/shared/browser in content-script tests:
// jest.mock('../../../src/shared/browser', () => require('./fake-browser')).
type Listener = (...args: unknown[]) => unknown;

function listenerSet() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    emit: (...args: unknown[]) => listeners.forEach((listener) => listener(...args)),
  };
}

const stored: Record<string, unknown> = {};

export const browser = {
  runtime: {
    id: 'test-extension-id' as string | undefined,
    onMessage: listenerSet(),
  },
  storage: {
    local: {
      get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((key) => key in stored).map((key) => [key, stored[key]])),
      set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
    },
    onChanged: listenerSet(),
  },
};

/** Resets state between tests. */
export function resetFakeBrowser(): void {
  browser.runtime.id = 'test-extension-id';
  browser.runtime.onMessage.listeners.clear();
  browser.storage.onChanged.listeners.clear();
  for (const key of Object.keys(stored)) delete stored[key];
}

/** The enterprise policy as the background copies it into storage.local (settings.ts keepPolicyCopy). */
export function setPolicyCopy(policy: Record<string, unknown>): void {
  stored.policyCopy = policy;
}

export function setStoredSettings(settings: Record<string, unknown>): void {
  stored.settings = settings;
}
