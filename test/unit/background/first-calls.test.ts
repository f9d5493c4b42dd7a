// Issue 5 (cold-click latency): the workspace starts after the calls that woke the worker, but never
// waits long for a slow one, and never for calls that come after it started.
import { firstCalls } from '../../../src/background/first-calls';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

it('waits for the calls that arrived before the workspace started', async () => {
  const calls = firstCalls();
  let answer!: () => void;
  calls.add(new Promise<void>((resolve) => (answer = resolve)));
  let settled = false;
  void calls.settled(60_000).then(() => (settled = true));
  await flush();
  expect(settled).toBe(false);
  answer();
  await flush();
  expect(settled).toBe(true);
});

it('counts a failed call as answered, and does not wait past the limit', async () => {
  const failed = firstCalls();
  failed.add(Promise.reject(new Error('window exceeded')));
  await expect(failed.settled(60_000)).resolves.toBeUndefined();
  const slow = firstCalls();
  slow.add(new Promise(() => undefined));
  await expect(slow.settled(5)).resolves.toBeUndefined();
});

it('does not wait for calls added after the workspace started', async () => {
  const calls = firstCalls();
  await calls.settled();
  calls.add(new Promise(() => undefined));
  await expect(calls.settled(60_000)).resolves.toBeUndefined();
});
