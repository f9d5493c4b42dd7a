/** @jest-environment jsdom */
import './mock-extension';
import { hostsIn, namesIn, pageText, scanPage, setPage } from './page-helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanner: links, inputs, shadow DOM', () => {
  it('gives tel: and callto: links one control after the link, not inside it', () => {
    setPage(`<a href="tel:+358501234567">+358 50 123 4567</a> <a href="callto:+46701234567">Call Sara</a>
      <a href="tel:%2B358%2040%20123%204567;ext=2">here</a>`);
    scanPage();
    expect(namesIn()).toEqual(['Call +358 50 123 4567', 'Call +46 70 123 45 67', 'Call +358 40 1234567']);
    for (const host of hostsIn()) expect(host.previousElementSibling?.localName).toBe('a');
  });

  it('puts the control after a link or button that contains a number', () => {
    setPage('<p><a href="/contacts/1">Matti 040 123 4567</a></p><button>09 1234 5678</button>');
    scanPage();
    const hosts = hostsIn();
    expect(hosts.map((host) => host.previousElementSibling?.localName)).toEqual(['a', 'button']);
    expect(hosts[0]!.parentElement?.localName).toBe('p');
  });

  it('reads read-only inputs and skips editable ones', () => {
    setPage('<input readonly value="040 123 4567"><input type="tel" value="09 1234 5678"><input readonly type="text" value="nothing">');
    scanPage();
    expect(namesIn()).toEqual(['Call 040 123 4567']);
    expect(hostsIn()[0]!.previousElementSibling?.localName).toBe('input');
  });

  it('reaches open shadow roots', () => {
    setPage('<div id="widget"></div>');
    const shadow = document.getElementById('widget')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Support 09 1234 5678</p>';
    scanPage();
    expect(namesIn(shadow)).toEqual(['Call 09 1234 5678']);
  });

  it('reads text at the top of a shadow root and pairs it through the host', () => {
    setPage('<table><tr data-callback-request-id="7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01"><td><crm-phone id="w"></crm-phone></td></tr></table>');
    const shadow = document.getElementById('w')!.attachShadow({ mode: 'open' });
    shadow.append('040 123 4567');
    scanPage();
    expect(namesIn(shadow)).toEqual(['Callback call 040 123 4567']);
  });
});

describe('scanner: numbers split over inline elements', () => {
  it.each([
    ['<td><b>040</b> 123 4567</td>', 'Call 040 123 4567'],
    ['<td><span class="cc">+358</span> <span>40</span> <span>123 4567</span></td>', 'Call +358 40 123 4567'],
    ['<p>Tel. <strong>09</strong>-<strong>1234</strong> <strong>5678</strong> (office)</p>', 'Call 09-1234 5678'],
  ])('%s', (html, name) => {
    setPage(`<table><tr>${html.startsWith('<td>') ? html : `<td>${html}</td>`}</tr></table>`);
    const before = document.body.textContent;
    scanPage();
    expect(namesIn()).toEqual([name]);
    expect(pageText(document.body)).toBe(before);
  });

  it('puts the control after the part where the number ends', () => {
    setPage('<p id="p"><b>040</b> 123 <i>4567</i> (mobile)</p>');
    scanPage();
    const host = hostsIn()[0]!;
    expect(host.previousSibling?.textContent).toBe('4567');
    expect(host.nextSibling?.textContent).toBe(' (mobile)');
  });

  it.each([
    ['<li><b>Mobile</b> <span>050 765 4321</span> (work)</li>', 'Call 050 765 4321'],
    ['<li><span>(work)</span> <span>050 765 4321</span></li>', 'Call 050 765 4321'],
    ['<li><span>050 765 4321</span>(work)</li>', 'Call 050 765 4321'],
  ])('a bracketed word next to a whole number is no part of it: %s', (html, name) => {
    setPage(`<ul>${html}</ul>`);
    scanPage();
    expect(namesIn()).toEqual([name]);
  });

  it('reads a bracketed area code in the next element as part of the number', () => {
    setPage('<p><span>+358</span> <span>(0)40 123 4567</span></p>');
    scanPage();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+358401234567']);
  });

  it('does not decorate a number twice when one part is a number itself', () => {
    setPage('<p><span>Phone</span> <span>040 123 4567</span></p>');
    scanPage();
    expect(namesIn()).toEqual(['Call 040 123 4567']);
  });
});
