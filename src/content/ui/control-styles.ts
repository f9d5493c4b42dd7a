/**
 * The controls of one text (two numbers in one sentence) all follow it: each gets a slot, its button
 * drawn one button further along (control-styles below; overlay-layer.ts moves overlay ones itself).
 */
export const SLOT_PROPERTY = '--evcb-slot';
/** A button's width and the gap before it: how far one slot is from the next. */
export const SLOT_WIDTH_PX = 21;

// Styles of the call control, inside its shadow root. `:host` rules carry !important because the
// page's own rules for the host element would otherwise win over them (outer context beats :host).
export const CONTROL_CSS = `
/* Zero-sized in the page's flow (issue 4.4: no layout shift of the page's own elements): the
   button is drawn over the space just after the number instead of pushing the text aside. */
:host {
  all: initial !important;
  display: inline-block !important;
  position: relative !important;
  width: 0 !important;
  height: 0 !important;
  vertical-align: baseline !important;
  overflow: visible !important;
  line-height: 1 !important;
  white-space: nowrap !important;
  font: 12px/1 system-ui, sans-serif !important;
}
/* In a big container's overlay layer (overlay-layer.ts): a zero-size block of the layer, moved to
   the end of its number by transform (no layout), hidden until it has been placed. */
:host([data-evcb-overlay]) {
  display: block !important;
  transform: translate(var(--evcb-x, 0), var(--evcb-y, 0)) !important;
}
:host([data-evcb-overlay]:not([data-evcb-placed])) { visibility: hidden !important; }
/* No room after the number in its cell (crowding.ts, data-evcb-crowded): the button would cover
   the start of the next cell's text. It shows while the agent points at the number's cell, tabs to
   it or has a call going from it; a dotted line under the number says it is there. */
:host([data-evcb-crowded]:not([data-evcb-revealed]):not(:focus-within):not([data-evcb-busy])) button { opacity: 0; pointer-events: none; }
:host([data-evcb-crowded])::before {
  content: ''; position: absolute; top: 2px; left: var(--evcb-u, 0); width: var(--evcb-w, 0);
  border-bottom: 1px dotted #0b7a3b; pointer-events: none;
}
/* A callback request's number: solid, as its button is filled. */
:host([data-evcb-crowded][data-evcb-kind="callback"])::before { border-bottom: 2px solid #0b7a3b; }
button {
  position: absolute; left: calc(3px + var(${SLOT_PROPERTY}, 0) * ${SLOT_WIDTH_PX}px); bottom: -4px; z-index: 1;
  box-sizing: border-box; width: 18px; height: 18px; margin: 0; padding: 0;
  display: inline-flex; align-items: center; justify-content: center;
  box-shadow: 0 0 0 2px rgba(255,255,255,.85);
  border: 1px solid #0b7a3b; border-radius: 50%; background: #fff; color: #0b7a3b; cursor: pointer;
}
/* Right to left, an inline control's line goes on to the left of its number: its button (and status)
   are drawn there, not back over the number. The overlay layer places its own (overlay-layer.ts). */
:host(:not([data-evcb-overlay]):dir(rtl)) button { left: auto; right: calc(3px + var(${SLOT_PROPERTY}, 0) * ${SLOT_WIDTH_PX}px); }
:host(:not([data-evcb-overlay]):dir(rtl)) .status { left: auto; right: calc(24px + var(${SLOT_PROPERTY}, 0) * ${SLOT_WIDTH_PX}px); }
:host([data-evcb-kind="callback"]) button { background: #0b7a3b; color: #fff; }
button:hover { filter: brightness(0.9); }
/* Blue ring outside a white one: visible on light and dark pages alike (issue 6.3). */
button:focus-visible { outline: 2px solid #1a5fd0; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
:host([data-evcb-busy]) button { cursor: progress; opacity: 0.7; }
:host([data-evcb-state="failed"]) button { border-color: #b3261e; }
svg { width: 11px; height: 11px; fill: currentColor; pointer-events: none; }
.status {
  position: absolute; left: calc(24px + var(${SLOT_PROPERTY}, 0) * ${SLOT_WIDTH_PX}px); bottom: -3px; z-index: 1;
  display: inline-block; max-width: 22em;
  overflow: hidden; text-overflow: ellipsis; color: #333;
  /* Its own background: readable whatever the page's colours (dark CRM themes too). */
  padding: 1px 4px; border-radius: 3px; background: #fff;
}
.status:empty { display: none; }
:host([data-evcb-state="failed"]) .status { color: #b3261e; }
:host([data-evcb-state="placed"]) .status { color: #0b7a3b; }
`;

/** The channel menu (issue 5): positioned under the button, above the page, without moving it. */
export const MENU_CSS = `
:host { position: relative !important; }
.menu {
  position: absolute; top: 100%; left: calc(var(${SLOT_PROPERTY}, 0) * ${SLOT_WIDTH_PX}px); z-index: 2147483647; margin-top: 2px; padding: 4px 0;
  display: flex; flex-direction: column; min-width: 14em; background: #fff; color: #222;
  border: 1px solid #888; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
/* Items undo the call button's look and placement: more specific than ":host([data-evcb-kind]) button",
   or every item would sit, green, on top of the others (seen in the accessibility screenshots). */
:host .menu button[role="menuitem"] {
  position: static; display: block; width: auto; height: auto; border: 0; border-radius: 0; box-shadow: none; padding: 4px 10px;
  text-align: left; background: #fff; color: #222; font: 12px/1.3 system-ui, sans-serif; white-space: nowrap;
}
:host .menu button[role="menuitem"]:hover { background: #e8f0fe; }
:host .menu button[role="menuitem"]:focus-visible { background: #e8f0fe; outline: 2px solid #1a5fd0; outline-offset: -2px; }
`;
