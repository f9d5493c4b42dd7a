/** @jest-environment jsdom */
import './mock-extension';
import { createScanner } from '../../../src/content/scan/scanner';
import { genericAdapter } from '../../../src/content/adapters/generic';
import { createCallControl } from '../../../src/content/ui/call-control';
import { hostsIn, namesIn, pageText, scanPage, setPage, settle } from './page-helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Lets the observer queue, then runs the scanner's scheduled slices. */
async function drain(tasks: (() => void)[]): Promise<void> {
  await settle();
  while (tasks.length > 0) tasks.shift()!();
  await settle();
}

describe('scanner: mutations', () => {
  it('decorates rows the page adds later, in scheduled tasks, not in the observer callback', async () => {
    setPage('<table><tbody id="rows"></tbody></table>');
    const { tasks } = scanPage();
    const row = document.createElement('tr');
    row.innerHTML = '<td>+358 40 123 4567</td>';
    document.getElementById('rows')!.append(row);
    await settle();
    // The observer only queued the work.
    expect(hostsIn()).toHaveLength(0);
    expect(tasks.length).toBeGreaterThan(0);
    await drain(tasks);
    expect(namesIn()).toEqual(['Call +358 40 123 4567']);
  });

  it('re-decorates a text node whose number changed, and removes the old control', async () => {
    setPage('<p id="p">040 123 4567</p>');
    const { tasks } = scanPage();
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = '09 1234 5678';
    await drain(tasks);
    expect(namesIn()).toEqual(['Call 09 1234 5678']);
    text.data = 'no number any more';
    await drain(tasks);
    expect(hostsIn()).toHaveLength(0);
  });

  it('does not decorate the same number twice when nodes are moved around', async () => {
    setPage('<div id="a"><p id="p">040 123 4567</p></div><div id="b"></div>');
    const { tasks } = scanPage();
    const paragraph = document.getElementById('p')!;
    document.getElementById('b')!.append(paragraph);
    await drain(tasks);
    expect(hostsIn()).toHaveLength(1);
    expect(paragraph.textContent).toBe('040 123 4567');
  });

  it('puts a control back when the page removes it but keeps the number, and stops after a few times', async () => {
    setPage('<p id="p">040 123 4567</p>');
    const { tasks } = scanPage();
    for (let round = 1; round <= 3; round += 1) {
      hostsIn()[0]!.remove();
      await drain(tasks);
      expect(hostsIn()).toHaveLength(1);
    }
    hostsIn()[0]!.remove();
    await drain(tasks);
    expect(hostsIn()).toHaveLength(0);
  });

  it('ignores additions inside skipped regions', async () => {
    setPage('<div contenteditable="true" id="editor"></div>');
    const { tasks } = scanPage();
    document.getElementById('editor')!.append('Call 040 123 4567');
    await drain(tasks);
    expect(hostsIn()).toHaveLength(0);
  });

  it('handles text added into a tel: link by decorating the link once', async () => {
    setPage('<a id="link" href="tel:+358401234567"></a>');
    const { tasks } = scanPage();
    document.getElementById('link')!.textContent = '040 123 4567';
    await drain(tasks);
    expect(namesIn()).toEqual(['Call 040 123 4567']);
  });

  it('works a big page off in several short slices', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<tr><td>Contact ${i}</td><td>040 123 ${String(1000 + i)}</td></tr>`);
    setPage(`<table>${rows.join('')}</table>`);
    const before = pageText(document.body);
    const tasks: (() => void)[] = [];
    const scanner = createScanner({
      doc: document,
      country: 'FI',
      adapter: genericAdapter,
      makeControl: (target) => createCallControl(document, target, () => undefined).host,
      schedule: (task) => void tasks.push(task),
      sliceMs: 1,
    });
    scanner.start();
    let slices = 0;
    while (tasks.length > 0) {
      tasks.shift()!();
      slices += 1;
    }
    expect(slices).toBeGreaterThan(1);
    expect(hostsIn()).toHaveLength(400);
    expect(pageText(document.body)).toBe(before);
    scanner.teardown();
  });

  it('tears down: removes every control and stops observing', async () => {
    setPage('<p>040 123 4567</p><p>09 1234 5678</p>');
    const { scanner, tasks } = scanPage();
    expect(scanner.controlCount).toBe(2);
    scanner.teardown();
    expect(hostsIn()).toHaveLength(0);
    document.body.append('Call +358 50 123 4567');
    await drain(tasks);
    expect(hostsIn()).toHaveLength(0);
  });

  it('re-reads numbers when the default country changes', () => {
    setPage('<p>070 123 45 67</p>');
    const { scanner, tasks } = scanPage({ country: 'SE' });
    expect(hostsIn()[0]!.dataset.evcbNumber).toBe('+46701234567');
    scanner.setCountry('FI');
    while (tasks.length > 0) tasks.shift()!();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).not.toContain('+46701234567');
  });
});
