// Which tab the popup describes. Opened from the toolbar: the active tab of its window. Opened as a
// page of its own (a pinned tab, end-to-end tests), `?tab=<id>` names the tab instead, because the
// active tab would then be the popup itself.
import { browser } from '../shared/browser';

export async function targetTabId(search: string = globalThis.location?.search ?? ''): Promise<number | undefined> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
