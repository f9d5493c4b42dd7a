// In-page probes for the grid fixture (pass to page.evaluate). Every row of the generated grid
// holds exactly two numbers (grid-data.js), so "has its controls" means two controls in the row.

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
    if (rows[index].querySelectorAll('evcb-call').length < 2) missing.push(rows[index].getAttribute('data-row'));
  }
  return { checked, missing };
}

/** Every control in the grid as { scope: row, e164, callbackRequestId }. */
export function gridControls() {
  return [...document.querySelectorAll('evcb-call')].map((host) => ({
    scope: host.closest('tr')?.getAttribute('data-row') ?? 'outside',
    e164: host.getAttribute('data-evcb-number'),
    callbackRequestId: host.getAttribute('data-evcb-callback-request-id') ?? undefined,
  }));
}
