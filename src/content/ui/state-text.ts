// What the control says in each state: the visible status text and the button's accessible name.
import { t } from '../../shared/i18n';
import type { CallKind, CallTarget } from '../scan/call-target';

export type ControlState = 'idle' | 'resolving' | 'activating' | 'calling' | 'placed' | 'failed';

export const BUSY_STATES: ReadonlySet<ControlState> = new Set(['resolving', 'activating', 'calling']);

/** Exactly "Call <number as shown>" or "Callback call <number as shown>" (in English). */
export function accessibleName(kind: CallKind, target: CallTarget): string {
  return kind === 'callback' ? t('callback_call_number', target.shown) : t('call_number', target.shown);
}

/** Short status text next to the button; the reason is included when a call failed. */
export function statusText(state: ControlState, kind: CallKind, reason?: string): string {
  switch (state) {
    case 'idle':
      return '';
    case 'resolving':
      return t('control_working');
    case 'activating':
      return t('control_activating');
    case 'calling':
      return t('call_state_calling');
    case 'placed':
      // A callback control can place a direct call ("Call as direct call"): the reason says so.
      return reason ?? (kind === 'callback' ? t('call_callback_placed') : t('call_state_placed'));
    case 'failed':
      return t('control_failed', reason ?? t('control_unknown_reason'));
  }
}
