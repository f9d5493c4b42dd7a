// In-page probes for the grid fixture (pass to page.evaluate, so each is self-contained). Every row
// of the generated grid holds exactly two numbers (grid-data.js), so "has its controls" means two
// controls in the row. A control is in the row itself (inline) or, in a big grid, in the overlay
// layer before the table and owned by its cell (`aria-owns`); an overlay control counts once it
// has been placed (data-evcb-placed), since before that it is not shown.

/** Rows (by data-row) within the viewport, widened by `margin` viewport heights, that lack controls. */
export function rowsMissingControls(margin) {
  const rows = document.querySelector('#grid tbody')?.rows ?? [];
  let top = -margin * innerHeight;
  let bottom = innerHeight * (1 + margin);
  // The virtualised grid scrolls inside its own box, which clips the rows rendered below it.
  const scroller = document.querySelector('#scroller.virtual');
  if (scroller) {
    const box = scroller.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  const controlsOf = (row) => {
    let count = row.querySelectorAll('evcb-call').length;
    for (const owner of row.querySelectorAll('[aria-owns]')) {
      for (const id of owner.getAttribute('aria-owns').split(/\s+/)) {
        const host = id && document.getElementById(id);
        if (host && host.localName === 'evcb-call' && host.hasAttribute('data-evcb-placed')) count += 1;
      }
    }
    return count;
  };
  const missing = [];
  // Binary search for the first row below `top`: reading every row's geometry would be slow.
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle].getBoundingClientRect().bottom < top) low = middle + 1;
    else high = middle;
  }
  let checked = 0;
  for (let index = low; index < rows.length; index += 1) {
    const rect = rows[index].getBoundingClientRect();
    if (rect.top > bottom) break;
    checked += 1;
    if (controlsOf(rows[index]) < 2) missing.push(rows[index].getAttribute('data-row'));
  }
  return { checked, missing };
}

/** Every control in the grid as { scope: row, e164, callbackRequestId }. */
export function gridControls() {
  const owners = new Map();
  for (const owner of document.querySelectorAll('[aria-owns]')) {
    for (const id of owner.getAttribute('aria-owns').split(/\s+/)) if (id) owners.set(id, owner);
  }
  return [...document.querySelectorAll('evcb-call')].map((host) => ({
    scope: (host.closest('tr') ?? owners.get(host.id)?.closest('tr'))?.getAttribute('data-row') ?? 'outside',
    e164: host.getAttribute('data-evcb-number'),
    callbackRequestId: host.getAttribute('data-evcb-callback-request-id') ?? undefined,
  }));
}
