/** @jest-environment jsdom */
import './mock-extension';
import { findRecord } from '../../../src/content/scan/record';
import { hostsIn, namesIn, scanPage, setPage } from './page-helpers';

const REQUEST = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
const OTHER = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d02';
const LIST = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';

const pairing = () =>
  hostsIn().map((host) => ({
    kind: host.dataset.evcbKind,
    request: host.dataset.evcbCallbackRequestId,
    list: host.dataset.evcbCallbackListId,
  }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pairing callback request ids with numbers', () => {
  it('reads data-callback-request-id on the row and makes a callback control', () => {
    setPage(`<table><tr data-callback-request-id="${REQUEST}" data-callback-list-id="${LIST}"><td>Matti</td><td>+358 40 123 4567</td></tr>
      <tr><td>Plain</td><td>09 1234 5678</td></tr></table>`);
    scanPage();
    expect(namesIn()).toEqual(['Callback call +358 40 123 4567', 'Call 09 1234 5678']);
    expect(pairing()).toEqual([
      { kind: 'callback', request: REQUEST, list: LIST },
      { kind: 'call', request: undefined, list: undefined },
    ]);
  });

  it.each(['data-callback-id', 'data-cbr-id'])('reads %s', (attribute) => {
    setPage(`<ul><li ${attribute}="${REQUEST}">Call back 040 123 4567</li></ul>`);
    scanPage();
    expect(pairing()).toEqual([{ kind: 'callback', request: REQUEST, list: undefined }]);
  });

  it('reads the attribute on any ancestor, and on an element elsewhere in the record', () => {
    setPage(`<div data-callback-request-id="${REQUEST}"><section><p>040 123 4567</p></section></div>
      <article><p>09 1234 5678</p><span data-callback-request-id="${OTHER}">open</span></article>`);
    scanPage();
    expect(pairing().map((p) => p.request)).toEqual([REQUEST, OTHER]);
  });

  it('passes a non-GUID attribute value through for the background to reject', () => {
    setPage('<table><tr data-callback-request-id="CBR-0042"><td>+358 50 765 4321</td></tr></table>');
    scanPage();
    expect(namesIn()).toEqual(['Callback call +358 50 765 4321']);
    expect(pairing()).toEqual([{ kind: 'callback', request: 'CBR-0042', list: undefined }]);
  });

  it('finds a GUID labelled "Callback request" in the same row, in English, Finnish and Swedish', () => {
    setPage(`<table>
      <tr><td>+44 20 7123 4567</td><td>Callback request: ${REQUEST}</td></tr>
      <tr><td>040 123 4567</td><td>Takaisinsoittopyyntö</td><td>${OTHER}</td></tr>
      <tr><td>+46 70 123 45 67</td><td>Återuppringningsbegäran ${REQUEST}</td></tr>
      <tr><td>09 1234 5678</td><td>Ticket ${OTHER}</td></tr></table>`);
    scanPage();
    expect(pairing().map((p) => p.request)).toEqual([REQUEST, OTHER, REQUEST, undefined]);
  });

  it('finds a GUID under a "Callback request" column header', () => {
    setPage(`<table><thead><tr><th>Phone</th><th>Callback request</th><th>Callback list</th></tr></thead>
      <tbody><tr><td>040 123 4567</td><td>${REQUEST}</td><td>${LIST}</td></tr><tr><td>09 1234 5678</td><td></td><td></td></tr></tbody></table>`);
    scanPage();
    expect(pairing()).toEqual([
      { kind: 'callback', request: REQUEST, list: LIST },
      { kind: 'call', request: undefined, list: undefined },
    ]);
  });

  it('finds ids in link URLs: query parameters and /callbacks/{id} paths', () => {
    setPage(`<ul>
      <li>040 123 4567 <a href="/open?callbackRequestId=${REQUEST}&callbackListId=${LIST}">open</a></li>
      <li>09 1234 5678 <a href="https://crm.example/callbacks/${OTHER}">details</a></li>
      <li>09 1234 5679 <a href="/contacts/${OTHER}">contact</a></li></ul>`);
    scanPage();
    expect(pairing()).toEqual([
      { kind: 'callback', request: REQUEST, list: LIST },
      { kind: 'callback', request: OTHER, list: undefined },
      { kind: 'call', request: undefined, list: undefined },
    ]);
  });

  it('prefers the data attribute over a labelled GUID', () => {
    setPage(`<table><tr data-callback-request-id="${REQUEST}"><td>040 123 4567</td><td>Callback request ${OTHER}</td></tr></table>`);
    scanPage();
    expect(pairing()[0]!.request).toBe(REQUEST);
  });

  it('does not pair across records', () => {
    setPage(`<div class="contact-card"><p>040 123 4567</p></div>
      <div class="contact-card"><p>Callback request: ${REQUEST}</p><p>09 1234 5678</p></div>`);
    scanPage();
    expect(pairing().map((p) => p.request)).toEqual([undefined, REQUEST]);
  });
});

describe('findRecord', () => {
  it.each([
    ['<table><tbody><tr id="r"><td><span id="n">x</span></td></tr></tbody></table>', 'r'],
    ['<ul><li id="r"><span id="n">x</span></li></ul>', 'r'],
    ['<article id="r"><p id="n">x</p></article>', 'r'],
    ['<form id="r"><p id="n">x</p></form>', 'r'],
    ['<div role="row" id="r"><div role="gridcell" id="n">x</div></div>', 'r'],
    ['<div data-record id="r"><p id="n">x</p></div>', 'r'],
    ['<div class="slds-card" id="r"><div class="card-body"><p id="n">x</p></div></div>', 'r'],
    ['<div class="recordCard" id="r"><p id="n">x</p></div>', 'r'],
    ['<div class="discard"><p id="n">x</p></div>', null],
    ['<div><p id="n">x</p></div>', null],
  ])('%s → %s', (html, expected) => {
    setPage(html);
    expect(findRecord(document.getElementById('n')!)?.id ?? null).toBe(expected);
  });

  it('crosses open shadow roots to the host', () => {
    setPage('<table><tr id="r"><td><crm-phone id="host"></crm-phone></td></tr></table>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span id="n">x</span>';
    expect(findRecord(shadow.getElementById('n')!)?.id).toBe('r');
  });
});
