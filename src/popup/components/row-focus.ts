// Arrow-key movement between request rows: ↑/↓ (Home/End) go to the same column's button (Call,
// Outcome, Give back) in the next row; past the last rendered row, more rows are rendered first.
const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(last, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_index, last) => last,
};

const rowButtons = (row: Element) => [...row.querySelectorAll<HTMLButtonElement>(':scope > .call-control > button, :scope > .row-actions button')];

function focusColumn(row: Element, column: number): void {
  const buttons = rowButtons(row);
  const wanted = buttons[column];
  (wanted && !wanted.disabled ? wanted : buttons.find((button) => !button.disabled))?.focus();
}

/** `more`: renders more rows (when some are not rendered yet). */
export function moveFocus(event: KeyboardEvent, more?: () => void): void {
  const move = MOVES[event.key];
  const target = event.target as HTMLElement;
  // Inside the outcome form the arrow keys belong to its radio buttons and text.
  if (!move || target.closest('form')) return;
  const row = target.closest('li.request');
  const list = row?.parentElement;
  if (!row || !list) return;
  const rows = [...list.querySelectorAll(':scope > li.request')];
  const index = rows.indexOf(row);
  const column = Math.max(0, rowButtons(row).indexOf(target as HTMLButtonElement));
  if (event.key === 'ArrowDown' && index === rows.length - 1 && more) {
    event.preventDefault();
    more();
    // The new rows exist after the next render.
    setTimeout(() => {
      const next = row.nextElementSibling;
      if (next) focusColumn(next, column);
    });
    return;
  }
  const next = rows[move(index, rows.length - 1)];
  if (!next || next === row) return;
  event.preventDefault();
  focusColumn(next, column);
}
