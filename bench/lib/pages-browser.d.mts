import type { BrowserContext, Worker } from 'playwright-core';

export const LOOPBACK_PATTERN: string;
export interface PagesBrowser {
  context: BrowserContext;
  worker: Worker;
  registeredBy: 'background' | 'test helper';
  pagesUrl: string;
  url(path: string): string;
  close(): Promise<void>;
}
export function startPagesBrowser(options?: { dist?: string }): Promise<PagesBrowser>;
export function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs?: number, intervalMs?: number): Promise<T>;
export function collectControls(options: { scope?: string; rowScope?: boolean }): { scope: string; e164: string; callbackRequestId?: string }[];
