/** @jest-environment jsdom */
// Issue 5: the call shortcut reads the selection of whichever frame has it. Every frame is asked;
// a frame without selected text stays silent, the focused frame answers at once and another frame
// with a selection answers a little later, so the focused frame's selection wins.
import './mock-extension';
import { browser, resetFakeBrowser } from './fake-browser';
import { listenToBackground, selectionReply, UNFOCUSED_ANSWER_DELAY_MS } from '../../../src/content/background-commands';

function frameWith(text: string): Document {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.body.textContent = text;
  if (text) doc.getSelection()!.selectAllChildren(doc.body);
  return doc;
}

afterEach(() => {
  document.body.innerHTML = '';
  jest.restoreAllMocks();
  resetFakeBrowser();
});

it('stays silent in a frame where nothing is selected', () => {
  expect(selectionReply(frameWith(''))).toBeUndefined();
});

it('answers at once in the focused frame, later in another frame', async () => {
  const focused = frameWith(' +358 40 123 4567 ');
  const other = frameWith('040 765 4321');
  jest.spyOn(focused, 'hasFocus').mockReturnValue(true);
  jest.spyOn(other, 'hasFocus').mockReturnValue(false);
  const first = Promise.race([selectionReply(other)!, selectionReply(focused)!]);
  expect(await first).toEqual({ text: '+358 40 123 4567' });
  // The unfocused frame still answers (it may be the only one with a selection), after a delay.
  const started = Date.now();
  expect(await selectionReply(other, 5)).toEqual({ text: '040 765 4321' });
  expect(Date.now() - started).toBeGreaterThanOrEqual(4);
  expect(UNFOCUSED_ANSWER_DELAY_MS).toBeGreaterThan(0);
});

it('answers the background only, and only for selection.get or webphone.place', async () => {
  const doc = frameWith('+358 40 123 4567');
  jest.spyOn(doc, 'hasFocus').mockReturnValue(true);
  listenToBackground(doc, new AbortController().signal);
  const [listener] = [...browser.runtime.onMessage.listeners];
  const fromBackground = { id: 'test-extension-id' };
  expect(await listener!({ command: 'selection.get' }, fromBackground)).toEqual({ text: '+358 40 123 4567' });
  expect(listener!({ command: 'selection.get' }, { id: 'test-extension-id', tab: { id: 3 } })).toBeUndefined();
  expect(listener!({ command: 'selection.get' }, { id: 'another-extension' })).toBeUndefined();
  expect(listener!({ command: 'something.else' }, fromBackground)).toBeUndefined();
});
