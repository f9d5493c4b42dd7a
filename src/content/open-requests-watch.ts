// Keeps the scanner's view of my open requests current: asks the background at start and when the
// tab becomes visible again (at most every 30 s), and re-plans only the controls whose numbers
// gained or lost a request. Signed out or unreachable: plain calls, as before.
import type { RequestOf, ResponseOf } from '../shared/messages/contract';
import type { Scanner } from './scan/scanner';
import { openRequestLookup } from './scan/open-requests';

type Ask = (type: 'callbacks.openNumbers', payload: RequestOf<'callbacks.openNumbers'>) => Promise<ResponseOf<'callbacks.openNumbers'>>;

const MIN_INTERVAL_MS = 30_000;

export function followOpenRequests(scanner: Scanner, ask: Ask, doc: Document, signal: AbortSignal): Promise<void> {
  let version = -1;
  let askedAt = Number.NEGATIVE_INFINITY;
  const refresh = async () => {
    askedAt = Date.now();
    try {
      const answer = await ask('callbacks.openNumbers', {});
      if (signal.aborted || answer.version === version) return;
      version = answer.version;
      const { lookup, numbers } = openRequestLookup(answer.numbers);
      scanner.setOpenRequests(lookup, numbers);
    } catch {
      // Background asleep, restarting or signed out: the page keeps plain call controls.
    }
  };
  doc.addEventListener(
    'visibilitychange',
    () => void (doc.visibilityState === 'visible' && Date.now() - askedAt >= MIN_INTERVAL_MS && refresh()),
    { signal },
  );
  return refresh();
}
