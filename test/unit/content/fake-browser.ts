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
      get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
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

export function setStoredSettings(settings: Record<string, unknown>): void {
  stored.settings = settings;
}
