// A stand-in for src/shared/browser in UI tests: runtime.onMessage listeners and openOptionsPage.
import { act } from 'preact/test-utils';

type Listener = (message: unknown, sender: unknown) => unknown;
const listeners = new Set<Listener>();

export const fakeBrowser = {
  runtime: {
    onMessage: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
    },
    openOptionsPage: jest.fn(async () => undefined),
  },
  // The options page's site list (use-sites.ts): host permissions and settings changes.
  storage: { onChanged: { addListener: () => undefined, removeListener: () => undefined } },
  permissions: {
    contains: jest.fn(async (_: { origins: string[] }) => true),
    request: jest.fn(async (_: { origins: string[] }) => true),
    remove: jest.fn(async (_: { origins: string[] }) => true),
    onAdded: { addListener: () => undefined, removeListener: () => undefined },
    onRemoved: { addListener: () => undefined, removeListener: () => undefined },
  },
};

/** Delivers a message to every page listener, as the background's broadcasts would. */
export async function broadcast(message: unknown): Promise<void> {
  await act(async () => {
    for (const listener of [...listeners]) listener(message, { id: 'test-extension-id' });
  });
}

export function listenerCount(): number {
  return listeners.size;
}
