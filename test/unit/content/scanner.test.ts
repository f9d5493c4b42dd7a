/** @jest-environment jsdom */
import './mock-extension';
import { buttonOf, hostsIn, namesIn, pageText, scanPage, setPage } from './page-helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanner: detection and the injected control', () => {
  it('puts a control after each number with the exact accessible name', () => {
    setPage(`<table><tr><td>Matti</td><td>+358 40 123 4567</td></tr><tr><td>Office</td><td>09 1234 5678</td></tr></table>`);
    scanPage();
    expect(namesIn()).toEqual(['Call +358 40 123 4567', 'Call 09 1234 5678']);
    const [first] = hostsIn();
    expect(first!.previousSibling?.textContent).toBe('+358 40 123 4567');
    expect(first!.dataset).toMatchObject({ evcbNumber: '+358401234567', evcbKind: 'call', evcbState: 'idle' });
    expect(first!.hasAttribute('data-evcb-control')).toBe(true);
  });

  it('uses a real button in a shadow root, with a status live region and no page text', () => {
    setPage('<p>Call 040 123 4567</p>');
    scanPage();
    const host = hostsIn()[0]!;
    const button = buttonOf(host);
    expect(button.type).toBe('button');
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(host.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('');
    expect(host.childNodes).toHaveLength(0);
  });

  it('normalises no-break spaces in the name', () => {
    setPage('<p>040\u00a0123\u00a04567</p>');
    scanPage();
    expect(namesIn()).toEqual(['Call 040 123 4567']);
  });

  it('leaves the page text and its text nodes exactly as they were, also with several numbers in one node', () => {
    setPage(`<div id="page"><p>Phone: 09 123 456, fax 09 123 457 (office)</p><p>Date 25.11.2026, <b>+46 70 123 45 67</b></p></div>`);
    const page = document.getElementById('page')!;
    const before = page.textContent;
    const paragraph = page.querySelector('p')!;
    const textNode = paragraph.firstChild;
    scanPage();
    expect(namesIn()).toEqual(['Call 09 123 456', 'Call 09 123 457', 'Call +46 70 123 45 67']);
    expect(pageText(page)).toBe(before);
    // Never split: frameworks keep references to their text nodes.
    expect(paragraph.firstChild).toBe(textNode);
    expect((textNode as Text).data).toBe('Phone: 09 123 456, fax 09 123 457 (office)');
    const [first, second] = hostsIn();
    expect(first!.previousSibling).toBe(textNode);
    expect(first!.nextSibling).toBe(second);
  });

  it('ignores decoys on a page', () => {
    setPage(`<ul><li>Order 1234567</li><li>Invoice no. 0401234567</li><li>FI21 1234 5600 0007 85</li>
      <li>2026-11-25</li><li>00100 Helsinki</li><li>Total 0401234567 €</li><li>v1.2.3</li>
      <li>3f2504e0-4f89-11d3-9a0c-0305e82c3301</li></ul>`);
    scanPage();
    expect(hostsIn()).toHaveLength(0);
  });

  it('ignores numbers whose field label names an id', () => {
    setPage(`<table><thead><tr><th>Customer number</th><th>Phone</th></tr></thead>
      <tbody><tr><td>0401234567</td><td>0401234568</td></tr></tbody></table>
      <dl><dt>Invoice no.</dt><dd>09 1234 5678</dd><dt>Switchboard</dt><dd>09 1234 5679</dd></dl>
      <div><span>Order:</span> <span>0501234567</span></div>`);
    scanPage();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+358401234568', '+358912345679']);
  });

  it('reads numbers with the default country', () => {
    setPage('<p>08-123 456 78</p>');
    scanPage({ country: 'SE' });
    expect(hostsIn()[0]!.dataset.evcbNumber).toBe('+46812345678');
  });
});

describe('scanner: skipped regions', () => {
  it.each([
    ['script', '<script>var n = "040 123 4567";</script>'],
    ['style', '<style>/* 040 123 4567 */</style>'],
    ['textarea', '<textarea>040 123 4567</textarea>'],
    ['select', '<select><option>040 123 4567</option></select>'],
    ['editable input', '<input value="040 123 4567">'],
    ['contenteditable', '<div contenteditable="true"><p>040 123 4567</p></div>'],
    ['contenteditable plaintext', '<div contenteditable="plaintext-only">040 123 4567</div>'],
    ['data-evcb-ignore', '<div data-evcb-ignore><span>040 123 4567</span></div>'],
    ['code', '<code>040 123 4567</code>'],
  ])('%s', (_name, html) => {
    setPage(`${html}<p>next</p>`);
    scanPage();
    expect(hostsIn()).toHaveLength(0);
  });

  it('does not decorate its own controls again', () => {
    setPage('<p>040 123 4567</p>');
    const { scanner } = scanPage();
    scanner.setCountry('SE');
    scanner.setCountry('FI');
    scanner.flush();
    expect(hostsIn()).toHaveLength(1);
  });
});
