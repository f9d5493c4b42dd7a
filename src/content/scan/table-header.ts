// The header text of a table cell's column, used both as a field label and to find a labelled id.
// Works for <table>s and for ARIA grids built of divs (Dynamics 365, ag-Grid, most SPA grids).

/** Text of the header cell above `cell` (thead's first row, else the table's first row of <th>). */
export function columnHeaderText(cell: Element): string | null {
  if (isAriaCell(cell)) return ariaColumnHeaderText(cell);
  if (!isCell(cell)) return null;
  const table = cell.closest('table');
  const row = cell.parentElement;
  if (!table || !row || row.localName !== 'tr') return null;
  const headerRow = table.tHead?.rows[0] ?? firstHeaderRow(table);
  if (!headerRow || headerRow === row) return null;
  // Column spans are not mapped: a header with colspan shifts later columns (documented limit).
  return headerRow.cells[cell.cellIndex]?.textContent ?? null;
}

/** The cell (table or ARIA) an element sits in, or null. */
export function cellOf(element: Element): Element | null {
  return element.closest('td, th, [role="gridcell"], [role="cell"]');
}

function isCell(element: Element): element is HTMLTableCellElement {
  return element.localName === 'td' || element.localName === 'th';
}

function firstHeaderRow(table: HTMLTableElement): HTMLTableRowElement | null {
  const first = table.rows[0];
  return first && first.cells[0]?.localName === 'th' ? first : null;
}

function isAriaCell(element: Element): boolean {
  const role = element.getAttribute('role');
  return role === 'gridcell' || role === 'cell';
}

// aria-colindex when the grid gives it (virtualised grids must), else the position in the row.
function ariaColumnHeaderText(cell: Element): string | null {
  const grid = cell.closest('[role="grid"], [role="treegrid"], [role="table"]');
  const row = cell.closest('[role="row"]');
  if (!grid || !row) return null;
  const colIndex = cell.getAttribute('aria-colindex');
  if (colIndex && /^\d{1,4}$/.test(colIndex)) {
    return grid.querySelector(`[role="columnheader"][aria-colindex="${colIndex}"]`)?.textContent ?? null;
  }
  const position = [...row.children].indexOf(cell);
  return grid.querySelectorAll('[role="columnheader"]')[position]?.textContent ?? null;
}
