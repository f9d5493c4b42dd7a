// Due and expiry times as short relative phrases ("due in 25 min", "overdue by 2 h"), in the active
// language with its unit words and number format. Pure.
import { t } from '../shared/i18n';
import { timeOf } from './request-status';

const MINUTE = 60_000;

/** A positive span as "25 min", "1 h 30 min", "2 h", "3 d"; under a minute rounds up to "1 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE));
  if (minutes < 60) return t('time_minutes', minutes);
  const hours = Math.floor(minutes / 60);
  if (hours >= 24) return t('time_days', Math.floor(hours / 24));
  const rest = minutes % 60;
  return rest > 0 && hours < 10 ? t('time_hours_minutes', hours, rest) : t('time_hours', hours);
}

export type DueTone = 'overdue' | 'soon' | 'later';

export interface DueText {
  text: string;
  tone: DueTone;
}

/** "due now" within a minute either side; "due soon" means within the hour. */
export function describeDue(dueTime: string | undefined, now: number): DueText | undefined {
  const due = timeOf(dueTime);
  if (due === undefined) return undefined;
  const diff = due - now;
  if (Math.abs(diff) < MINUTE) return { text: t('due_now'), tone: 'overdue' };
  if (diff < 0) return { text: t('due_overdue', formatDuration(diff)), tone: 'overdue' };
  return { text: t('due_in', formatDuration(diff)), tone: diff <= 60 * MINUTE ? 'soon' : 'later' };
}

export function describeExpiry(expiryTime: string | undefined, now: number): string | undefined {
  const expiry = timeOf(expiryTime);
  if (expiry === undefined) return undefined;
  return expiry <= now ? t('expiry_expired') : t('expiry_in', formatDuration(expiry - now));
}
