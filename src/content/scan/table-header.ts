// The header text of a table cell's column, used both as a field label and to find a labelled id.

/** Text of the header cell above `cell` (thead's first row, else the table's first row of <th>). */
export function columnHeaderText(cell: Element): string | null {
  if (!isCell(cell)) return null;
  const table = cell.closest('table');
  const row = cell.parentElement;
  if (!table || !row || row.localName !== 'tr') return null;
  const headerRow = table.tHead?.rows[0] ?? firstHeaderRow(table);
  if (!headerRow || headerRow === row) return null;
  // Column spans are not mapped: a header with colspan shifts later columns (documented limit).
  return headerRow.cells[cell.cellIndex]?.textContent ?? null;
}

function isCell(element: Element): element is HTMLTableCellElement {
  return element.localName === 'td' || element.localName === 'th';
}

function firstHeaderRow(table: HTMLTableElement): HTMLTableRowElement | null {
  const first = table.rows[0];
  return first && first.cells[0]?.localName === 'th' ? first : null;
}
