// Every chrome.alarms name the background uses, in one place (an alarm is replaced by name).
export const ALARMS = {
  /** The periodic tick: polls when realtime is not healthy, checks the connection when it is. */
  sync: 'evcb-sync',
  /** When a due time crosses the one-hour line or a request expires: recolour the badge. */
  badge: 'evcb-badge',
  /** Backstop for retrying outcomes that could not be saved. */
  outcomes: 'evcb-outcomes',
} as const;
