// What the control says in each state: the visible status text and the button's accessible name.
import type { CallKind, CallTarget } from '../scan/call-target';

export type ControlState = 'idle' | 'resolving' | 'activating' | 'calling' | 'placed' | 'failed';

export const BUSY_STATES: ReadonlySet<ControlState> = new Set(['resolving', 'activating', 'calling']);

/** Exactly "Call <number as shown>" or "Callback call <number as shown>". */
export function accessibleName(kind: CallKind, target: CallTarget): string {
  return `${kind === 'callback' ? 'Callback call' : 'Call'} ${target.shown}`;
}

/** Short status text next to the button; the reason is included when a call failed. */
export function statusText(state: ControlState, kind: CallKind, reason?: string): string {
  switch (state) {
    case 'idle':
      return '';
    case 'resolving':
      return 'Working…';
    case 'activating':
      return 'Activating callback…';
    case 'calling':
      return 'Calling…';
    case 'placed':
      return kind === 'callback' ? 'Callback call placed' : 'Call placed';
    case 'failed':
      return `Call failed: ${reason ?? 'unknown reason'}`;
  }
}
