// Issue 5: the call journal stays small however busy the minute was (each state change writes it
// whole, and a woken worker reads it before it handles a click), and never drops an unfinished flow.
import { CallJournal, type FlowRecord } from '../../../src/background/callout-journal';

function flow(id: number, ended: boolean): FlowRecord {
  return {
    id: `f${id}`,
    e164: `+3584012345${String(id).padStart(2, '0')}`,
    kind: 'direct',
    channel: 'mobile',
    state: ended ? 'placed' : 'calling',
    startedAt: 1_000 + id,
    ...(ended ? { endedAt: 2_000 + id } : {}),
    listeners: [{ clickId: `c${id}`, from: 'content', tabId: 1, frameId: 0 }],
  };
}

it('keeps the newest ended flows and every unfinished one', async () => {
  const written: Record<string, unknown>[] = [];
  const journal = new CallJournal({ get: async () => ({}), set: async (items) => void written.push(items) }, 'callFlows', () => 3_000);
  journal.put(flow(0, false));
  for (let i = 1; i <= 40; i += 1) journal.put(flow(i, true));
  await journal.flushed();
  const ids = journal.all().map((f) => f.id);
  expect(ids).toContain('f0');
  expect(ids.filter((id) => id !== 'f0')).toEqual(Array.from({ length: 20 }, (_, i) => `f${i + 21}`));
  expect((written.at(-1)!.callFlows as FlowRecord[]).map((f) => f.id)).toEqual(ids);
  expect(journal.byClickId('c40')?.state).toBe('placed');
});
