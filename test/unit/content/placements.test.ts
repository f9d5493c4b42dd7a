/** @jest-environment jsdom */
// Where controls go: inline next to the number, or (big containers) in an overlay layer before the
// container, placed in an animation frame and owned by their cell. jsdom has no layout, so the
// geometry the layer reads (text rects, the layer's own box) and the browser's frame and resize
// callbacks are stand-ins here; the real thing runs in Chromium (detection e2e, bench).
import { numberBox } from '../../../src/content/scan/crowding';
import { createPlacements } from '../../../src/content/scan/placements';
import { createFrameSteps } from '../../../src/content/scan/frame-steps';

type Box = { left: number; top: number; width: number; height: number };
const rect = ({ left, top, width, height }: Box) => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
const list = (rects: DOMRect[]) => Object.assign([...rects], { item: (index: number) => rects[index] ?? null }) as unknown as DOMRectList;

let frames: FrameRequestCallback[] = [];
// Every ResizeObserver made, with what it watches: `reportResize` stands in for the browser's report.
let resizeObservers: { callback: ResizeObserverCallback; targets: Set<Element> }[] = [];
function reportResize(target: Element): void {
  for (const { callback, targets } of resizeObservers) if (targets.has(target)) callback([{ target } as unknown as ResizeObserverEntry], {} as ResizeObserver);
}
const textBoxes = new Map<Node, Box>();
// Where a cell's text starts: the third cell's text (at 500) leaves room for buttons after the number
// (which ends at 300) unless a test says otherwise.
const cellTextStarts = new Map<Element, number>();
let layerBox: Box = { left: 8, top: 100, width: 0, height: 0 };
let displays = new Map<Element, string>();
let overflows = new Map<Element, string>();
let direction = 'ltr';

function runFrame(): void {
  const due = frames;
  frames = [];
  due.forEach((callback) => callback(0));
}

beforeEach(() => {
  frames = [];
  textBoxes.clear();
  cellTextStarts.clear();
  displays = new Map();
  overflows = new Map();
  direction = 'ltr';
  layerBox = { left: 8, top: 100, width: 0, height: 0 };
  window.requestAnimationFrame = (callback) => (frames.push(callback), frames.length);
  resizeObservers = [];
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    private readonly watched = { callback: (() => undefined) as ResizeObserverCallback, targets: new Set<Element>() };
    constructor(callback: ResizeObserverCallback) {
      this.watched.callback = callback;
      resizeObservers.push(this.watched);
    }
    observe(target: Element): void {
      this.watched.targets.add(target);
    }
    unobserve(target: Element): void {
      this.watched.targets.delete(target);
    }
    disconnect(): void {
      this.watched.targets.clear();
    }
  };
  jest.spyOn(window, 'getComputedStyle').mockImplementation((element) => {
    const overflow = overflows.get(element) ?? 'visible';
    return { display: displays.get(element) ?? (element.localName === 'table' ? 'table' : 'block'), position: 'static', float: 'none', direction, overflowX: overflow, overflowY: overflow } as CSSStyleDeclaration;
  });
  document.createRange = () => {
    let node: Node | undefined;
    return {
      selectNodeContents: (target: Node) => void (node = target),
      // A character of a text: the text's own box stands in for it.
      setStart: (target: Node) => void (node = target),
      setEnd: () => undefined,
      getClientRects: () => list(node && textBoxes.has(node) ? [rect(textBoxes.get(node)!)] : []),
      getBoundingClientRect: () => rect({ left: cellTextStarts.get(node as Element) ?? 500, top: 0, width: 60, height: 20 }),
    } as unknown as Range;
  };
  Element.prototype.getBoundingClientRect = function (this: Element) {
    return rect(this.localName === 'evcb-plane' ? layerBox : { left: 0, top: 0, width: 0, height: 0 });
  };
});

afterEach(() => {
  jest.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A table of `rows` rows, each with a number in its second cell; returns the number text nodes. */
function table(rows: number): Text[] {
  document.body.innerHTML = `<div id="wrap"><table><tbody>${Array.from({ length: rows }, (_, i) => `<tr><td>Row ${i}</td><td>040 123 ${String(i).padStart(4, '0')}</td><td>Note ${i}</td></tr>`).join('')}</tbody></table></div>`;
  return [...document.querySelectorAll('tbody tr td:nth-child(2)')].map((cell, index) => {
    const text = cell.firstChild as Text;
    textBoxes.set(text, { left: 200, top: 120 + index * 30, width: 100, height: 20 });
    return text;
  });
}

const host = () => document.createElement('evcb-call');

describe('control placement', () => {
  it('puts controls of a small table right after the number', () => {
    const [text] = table(20);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const control = host();
    placements.forNode(text!).put(text!, [control]);
    expect(text!.nextSibling).toBe(control);
    expect(document.querySelector('evcb-layer')).toBeNull();
  });

  it('draws controls of a big table from a layer before it, in the next frame, owned by their cell', () => {
    const texts = table(150);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const control = host();
    placements.forNode(texts[3]!).put(texts[3]!, [control]);
    // Nothing touches the page before the frame: the frame lays it out once.
    expect(control.isConnected).toBe(false);
    runFrame();
    const layer = document.querySelector('evcb-layer')!;
    expect(layer.nextElementSibling).toBe(document.querySelector('table'));
    expect(control.closest('evcb-layer')).toBe(layer);
    // Out of the flow (no scroll box between the table and the page): no paint update of the page around it.
    expect(layer.getAttribute('style')).toContain('position: absolute');
    expect(control.hasAttribute('data-evcb-overlay')).toBe(true);
    expect(control.hasAttribute('data-evcb-placed')).toBe(true);
    // End of the text (200 + 100) and its baseline (120 + 90 + 20 × 0.8), relative to the layer (8, 100).
    expect(control.getAttribute('style')).toBe('--evcb-x:292px;--evcb-y:126px');
    expect(texts[3]!.parentElement!.getAttribute('aria-owns')).toBe(control.id);
    // The page's own text and rows are untouched.
    expect(texts[3]!.parentElement!.textContent).toBe('040 123 0003');
    expect(document.querySelector('tbody')!.querySelector('evcb-call')).toBeNull();
  });

  it('draws the controls of one text side by side, not on top of each other', () => {
    const [small] = table(20);
    const inline = createPlacements(document, 100, createFrameSteps(window));
    const [first, second] = [host(), host()];
    inline.forNode(small!).put(small!, [first, second]);
    expect(first.style.getPropertyValue('--evcb-slot')).toBe('');
    expect(second.style.getPropertyValue('--evcb-slot')).toBe('1');
    inline.teardown();
    const texts = table(150);
    const overlay = createPlacements(document, 100, createFrameSteps(window));
    const [one, two] = [host(), host()];
    overlay.forNode(texts[2]!).put(texts[2]!, [one, two]);
    runFrame();
    // The second one button width (21 px) further along the line.
    expect(one.getAttribute('style')).toBe('--evcb-x:292px;--evcb-y:96px');
    expect(two.getAttribute('style')).toBe('--evcb-x:313px;--evcb-y:96px');
  });

  it('shows the button of a number that fills its cell only while the pointer is on that cell', () => {
    const texts = table(150);
    const [full, roomy] = [texts[4]!, texts[5]!];
    // The number ends at 300, the next cell's text starts at 310: it would be under the button.
    cellTextStarts.set(full.parentElement!.nextElementSibling!, 310);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const [crowded, free] = [host(), host()];
    placements.forNode(full).put(full, [crowded]);
    placements.forNode(roomy).put(roomy, [free]);
    runFrame();
    expect(crowded.hasAttribute('data-evcb-crowded')).toBe(true);
    expect(free.hasAttribute('data-evcb-crowded')).toBe(false);
    // A dotted line under the number instead: from its start (200) to its end (300), from the host at 292 + 8.
    expect(crowded.getAttribute('style')).toBe('--evcb-x:292px;--evcb-y:156px;--evcb-u:-100px;--evcb-w:100px');
    const point = (target: Element) => target.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    point(full.parentElement!);
    expect(crowded.hasAttribute('data-evcb-revealed')).toBe(true);
    // On the button itself it stays; elsewhere it hides again.
    point(crowded);
    expect(crowded.hasAttribute('data-evcb-revealed')).toBe(true);
    point(full.parentElement!.previousElementSibling!);
    expect(crowded.hasAttribute('data-evcb-revealed')).toBe(false);
    // Given room (a wider column), it is an ordinary control again.
    cellTextStarts.delete(full.parentElement!.nextElementSibling!);
    placements.changed(texts[7]!);
    runFrame();
    runFrame();
    expect(crowded.hasAttribute('data-evcb-crowded')).toBe(false);
    expect(crowded.getAttribute('style')).toBe('--evcb-x:292px;--evcb-y:156px');
    placements.teardown();
  });

  it('shows the button of an inline control that would cover the next cell only on demand too', () => {
    const texts = table(20);
    const [full, roomy] = [texts[1]!, texts[2]!];
    cellTextStarts.set(full.parentElement!.nextElementSibling!, 310);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const [crowded, free] = [host(), host()];
    placements.forNode(full).put(full, [crowded]);
    placements.forNode(roomy).put(roomy, [free]);
    // Inline controls are in place at once; whether they have room is read when the table's
    // observer reports (after the frame's layout).
    expect(full.nextSibling).toBe(crowded);
    expect(crowded.hasAttribute('data-evcb-crowded')).toBe(false);
    reportResize(document.querySelector('table')!);
    expect(crowded.hasAttribute('data-evcb-crowded')).toBe(true);
    expect(free.hasAttribute('data-evcb-crowded')).toBe(false);
    // The dotted line: the number (200–300), from the host (jsdom puts every element at 0).
    expect(crowded.style.getPropertyValue('--evcb-u')).toBe('200px');
    expect(crowded.style.getPropertyValue('--evcb-w')).toBe('100px');
    full.parentElement!.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    expect(crowded.hasAttribute('data-evcb-revealed')).toBe(true);
    roomy.parentElement!.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    expect(crowded.hasAttribute('data-evcb-revealed')).toBe(false);
    // The column widens: measured again at the table's next resize, the button has room.
    cellTextStarts.delete(full.parentElement!.nextElementSibling!);
    reportResize(document.querySelector('table')!);
    expect(crowded.hasAttribute('data-evcb-crowded')).toBe(false);
    placements.teardown();
  });

  it('shows the button of a number in running text only on demand when the words after it would be covered', () => {
    document.body.innerHTML = [
      '<p id="close"><span>040 123 4567</span> today</p>',
      '<p id="link"><a href="tel:+358401234567">+358 40 123 4567</a>, ext. 12</p>',
      '<p id="roomy"><span>050 765 4321</span>\n  <i>work</i></p>',
      '<p id="wrapped"><span>09 123 4567</span> and more</p>',
    ].join('');
    const textIn = (selector: string) => document.querySelector(selector)!.firstChild!;
    const line = (top: number) => ({ top, height: 20 });
    // Numbers end at 300; what follows starts 4 px after (too close), 40 px after, or on the next line.
    textBoxes.set(textIn('#close span'), { left: 200, width: 100, ...line(0) });
    textBoxes.set(document.querySelector('#close')!.lastChild!, { left: 304, width: 40, ...line(0) });
    const link = document.querySelector('#link a')!;
    textBoxes.set(link.firstChild!, { left: 200, width: 100, ...line(30) });
    textBoxes.set(document.querySelector('#link')!.lastChild!, { left: 300, width: 60, ...line(30) });
    textBoxes.set(textIn('#roomy span'), { left: 200, width: 100, ...line(60) });
    textBoxes.set(textIn('#roomy i'), { left: 340, width: 40, ...line(60) });
    textBoxes.set(textIn('#wrapped span'), { left: 200, width: 100, ...line(90) });
    textBoxes.set(document.querySelector('#wrapped')!.lastChild!, { left: 0, width: 80, ...line(120) });
    jest.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      return list(this === link ? [rect({ left: 200, width: 100, ...line(30) })] : []);
    });
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const put = (after: Node) => {
      const control = host();
      placements.forNode(after).put(after, [control]);
      return control;
    };
    const [close, afterLink, roomy, wrapped] = [put(textIn('#close span')), put(link), put(textIn('#roomy span')), put(textIn('#wrapped span'))];
    // Measured when the element holding the number reports its size (after the frame's layout).
    for (const target of [close.parentElement!, afterLink.parentElement!, roomy.parentElement!, wrapped.parentElement!]) reportResize(target);
    const crowded = [close, afterLink, roomy, wrapped].map((control) => control.hasAttribute('data-evcb-crowded'));
    expect(crowded).toEqual([true, true, false, false]);
    // Pointing at the number shows its button; pointing elsewhere hides it again.
    close.parentElement!.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    expect(close.hasAttribute('data-evcb-revealed')).toBe(true);
    link.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    expect(close.hasAttribute('data-evcb-revealed')).toBe(false);
    expect(afterLink.hasAttribute('data-evcb-revealed')).toBe(true);
    // The page drops a line: its last report (size 0) lets go of it.
    const dropped = close.parentElement!;
    dropped.closest('p')!.remove();
    reportResize(dropped);
    expect(resizeObservers.some((observer) => observer.targets.has(dropped))).toBe(false);
    placements.teardown();
  });

  it.each([
    ['Plain 040 111 2233 in a sentence, and ', 'Plain '.length, 'Plain 040 111 2233'.length],
    ['Call +358 (0)40 123 4567', 'Call '.length, 'Call +358 (0)40 123 4567'.length],
  ])('underlines the number in "%s", not the words around it', (data, start, end) => {
    const offsets: number[] = [];
    const range = {
      setStart: (_node: Node, offset: number) => void offsets.push(offset),
      setEnd: (_node: Node, offset: number) => void offsets.push(offset),
      getClientRects: () => list([rect({ left: 40, top: 0, width: 90, height: 20 })]),
    } as unknown as Range;
    const whole = rect({ left: 0, top: 0, width: 300, height: 20 });
    expect(numberBox(document.createTextNode(data), whole, range).width).toBe(90);
    expect(offsets).toEqual([start, end]);
    // A text that is the number alone: its own box.
    expect(numberBox(document.createTextNode('040 111 2233'), whole, range)).toBe(whole);
  });

  it('right to left: the button goes before the number, and is crowded when the next cell\'s text is too close', () => {
    direction = 'rtl';
    const texts = table(150);
    const [close, far] = [texts[4]!, texts[5]!];
    // The numbers span 200–300; the next cells' texts end at 190 (too close) and at 150.
    cellTextStarts.set(close.parentElement!.nextElementSibling!, 130);
    cellTextStarts.set(far.parentElement!.nextElementSibling!, 90);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const [crowded, free] = [host(), host()];
    placements.forNode(close).put(close, [crowded]);
    placements.forNode(far).put(far, [free]);
    runFrame();
    expect(crowded.hasAttribute('data-evcb-crowded')).toBe(true);
    expect(free.hasAttribute('data-evcb-crowded')).toBe(false);
    // The host 24 px before the number's start (200 − 24 − 8 for the layer).
    expect(free.getAttribute('style')).toBe('--evcb-x:168px;--evcb-y:186px');
    placements.teardown();
  });

  it('keeps the layer\'s controls in reading order (Tab goes row by row), a number shown later too', () => {
    const texts = table(150);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const controls = [40, 2, 90, 3, 41].map((row) => {
      const control = host();
      control.dataset.row = String(row);
      placements.forNode(texts[row]!).put(texts[row]!, [control]);
      return control;
    });
    runFrame();
    const rows = () => [...document.querySelectorAll('evcb-layer evcb-call')].map((control) => (control as HTMLElement).dataset.row);
    expect(rows()).toEqual(['2', '3', '40', '41', '90']);
    placements.remove(controls[0]!);
    const late = host();
    late.dataset.row = '1';
    placements.forNode(texts[1]!).put(texts[1]!, [late]);
    runFrame();
    expect(rows()).toEqual(['1', '2', '3', '41', '90']);
    // A number not shown yet: its control waits, hidden, and takes its place once the number is shown.
    const hiddenBox = textBoxes.get(texts[50]!)!;
    textBoxes.delete(texts[50]!);
    const shownLater = host();
    shownLater.dataset.row = '50';
    placements.forNode(texts[50]!).put(texts[50]!, [shownLater]);
    runFrame();
    expect(shownLater.hasAttribute('data-evcb-placed')).toBe(false);
    textBoxes.set(texts[50]!, hiddenBox);
    placements.changed(texts[50]!);
    runFrame();
    runFrame();
    expect(shownLater.hasAttribute('data-evcb-placed')).toBe(true);
    expect(rows()).toEqual(['1', '2', '3', '41', '50', '90']);
  });

  it('keeps the layer in the flow where a scroll box would leave it behind, and groups its controls', () => {
    const texts = table(400);
    overflows.set(document.getElementById('wrap')!, 'auto');
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const controls = texts.map((text, row) => {
      const control = host();
      control.dataset.row = String(row);
      placements.forNode(text).put(text, [control]);
      return control;
    });
    runFrame();
    const layer = document.querySelector('evcb-layer')!;
    expect(layer.getAttribute('style')).toContain('position: static');
    // Inserting a control lays out its group only: no group holds more than 128.
    const groups = [...layer.querySelectorAll('evcb-group')].filter((group) => group.childElementCount > 0);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...groups.map((group) => group.childElementCount))).toBeLessThanOrEqual(128);
    expect([...layer.querySelectorAll('evcb-call')].map((control) => (control as HTMLElement).dataset.row)).toEqual(controls.map((control) => control.dataset.row));
  });

  it('keeps inline controls where a layer would be an item of a flex or grid parent', () => {
    const texts = table(150);
    displays.set(document.getElementById('wrap')!, 'flex');
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const control = host();
    placements.forNode(texts[0]!).put(texts[0]!, [control]);
    expect(texts[0]!.nextSibling).toBe(control);
  });

  it('moves controls when the table changes, and only those that moved', () => {
    const texts = table(150);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const [first, second] = [host(), host()];
    placements.forNode(texts[0]!).put(texts[0]!, [first]);
    placements.forNode(texts[1]!).put(texts[1]!, [second]);
    runFrame();
    const setStyle = jest.spyOn(first, 'setAttribute');
    const setOther = jest.spyOn(second, 'setAttribute');
    // A column got wider: the first number moved, the second did not.
    textBoxes.set(texts[0]!, { left: 260, top: 120, width: 100, height: 20 });
    placements.changed(texts[5]!);
    // The frame right after the page's change lays the page out: positions are read one frame later.
    runFrame();
    expect(first.getAttribute('style')).toBe('--evcb-x:292px;--evcb-y:36px');
    runFrame();
    expect(first.getAttribute('style')).toBe('--evcb-x:352px;--evcb-y:36px');
    expect(setStyle).toHaveBeenCalled();
    expect(setOther).not.toHaveBeenCalled();
    // A resize report of the table (rows added) does the same.
    textBoxes.set(texts[1]!, { left: 200, top: 400, width: 100, height: 20 });
    reportResize(document.querySelector('table')!);
    reportResize(document.querySelector('table')!);
    runFrame();
    expect(second.getAttribute('style')).toBe('--evcb-x:292px;--evcb-y:316px');
  });

  it('hides a control whose number is not shown, and drops one whose number left the page', () => {
    const texts = table(150);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const [hidden, leaving] = [host(), host()];
    textBoxes.delete(texts[0]!);
    placements.forNode(texts[0]!).put(texts[0]!, [hidden]);
    placements.forNode(texts[1]!).put(texts[1]!, [leaving]);
    runFrame();
    expect(hidden.hasAttribute('data-evcb-placed')).toBe(false);
    const cell = texts[1]!.parentElement!;
    expect(cell.getAttribute('aria-owns')).toBe(leaving.id);
    cell.closest('tr')!.remove();
    placements.removed();
    runFrame();
    expect(leaving.isConnected).toBe(false);
    expect(cell.hasAttribute('aria-owns')).toBe(false);
  });

  it('removes a control and its id from the owner, keeping the page\'s own aria-owns', () => {
    const texts = table(150);
    const cell = texts[2]!.parentElement!;
    cell.setAttribute('aria-owns', 'page-popup');
    const placements = createPlacements(document, 100, createFrameSteps(window));
    const control = host();
    placements.forNode(texts[2]!).put(texts[2]!, [control]);
    runFrame();
    expect(cell.getAttribute('aria-owns')).toBe(`page-popup ${control.id}`);
    placements.remove(control);
    expect(control.isConnected).toBe(false);
    expect(cell.getAttribute('aria-owns')).toBe('page-popup');
  });

  it('leaves nothing behind on teardown', () => {
    const texts = table(150);
    const placements = createPlacements(document, 100, createFrameSteps(window));
    texts.slice(0, 10).forEach((text) => placements.forNode(text).put(text, [host()]));
    runFrame();
    expect(document.querySelectorAll('[aria-owns]')).toHaveLength(10);
    placements.teardown();
    expect(document.querySelector('evcb-layer')).toBeNull();
    expect(document.querySelectorAll('evcb-call')).toHaveLength(0);
    expect(document.querySelectorAll('[aria-owns]')).toHaveLength(0);
  });
});
