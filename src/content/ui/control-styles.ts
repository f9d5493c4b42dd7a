// Styles of the call control, inside its shadow root. `:host` rules carry !important because the
// page's own rules for the host element would otherwise win over them (outer context beats :host).
export const CONTROL_CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  vertical-align: middle !important;
  margin: 0 0 0 0.25em !important;
  line-height: 1 !important;
  white-space: nowrap !important;
  font: 12px/1 system-ui, sans-serif !important;
}
button {
  box-sizing: border-box; width: 18px; height: 18px; margin: 0; padding: 0;
  display: inline-flex; align-items: center; justify-content: center; vertical-align: middle;
  border: 1px solid #0b7a3b; border-radius: 50%; background: #fff; color: #0b7a3b; cursor: pointer;
}
:host([data-evcb-kind="callback"]) button { background: #0b7a3b; color: #fff; }
button:hover { filter: brightness(0.9); }
button:focus-visible { outline: 2px solid #1a5fd0; outline-offset: 2px; }
:host([data-evcb-busy]) button { cursor: progress; opacity: 0.7; }
:host([data-evcb-state="failed"]) button { border-color: #b3261e; }
svg { width: 11px; height: 11px; fill: currentColor; pointer-events: none; }
.status {
  display: inline-block; max-width: 22em; margin-left: 4px; vertical-align: middle;
  overflow: hidden; text-overflow: ellipsis; color: #333;
}
.status:empty { display: none; }
:host([data-evcb-state="failed"]) .status { color: #b3261e; }
:host([data-evcb-state="placed"]) .status { color: #0b7a3b; }
`;
