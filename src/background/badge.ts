// The toolbar badge: how many open requests are assigned to me, red when one is due within the
// hour (overdue counts: it is the most urgent of all). Recomputed locally when a due time crosses
// the one-hour line, so the colour is right without asking EnreachVoice.
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { t, tn } from '../shared/i18n';
import { isExpired } from './request-rules';

export const BADGE_COLORS = { urgent: '#B3261E', normal: '#0B5CAD' } as const;
const HOUR = 3_600_000;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

function dueAt(request: ApiCallbackRequest): number | undefined {
  const due = request.DueTime ? Date.parse(request.DueTime) : NaN;
  return Number.isNaN(due) ? undefined : due;
}

export function openRequests(requests: readonly ApiCallbackRequest[], now: number): ApiCallbackRequest[] {
  return requests.filter((request) => !request.IsClosed && !isExpired(request, now));
}

/** `requests` null: signed out (no badge). */
export function badgeFor(requests: readonly ApiCallbackRequest[] | null, now: number): BadgeState {
  if (requests === null) return { text: '', color: BADGE_COLORS.normal, title: t('badge_signed_out') };
  const open = openRequests(requests, now);
  const urgent = open.filter((request) => {
    const due = dueAt(request);
    return due !== undefined && due <= now + HOUR;
  }).length;
  const count = tn('badge_requests', open.length);
  const title = urgent ? t('badge_title_urgent', count, urgent) : t('badge_title', count);
  return { text: open.length === 0 ? '' : open.length > 999 ? '999+' : String(open.length), color: urgent ? BADGE_COLORS.urgent : BADGE_COLORS.normal, title };
}

/** The next moment the badge changes by time alone (a due time comes within the hour, or an expiry). */
export function nextBadgeChangeAt(requests: readonly ApiCallbackRequest[], now: number): number | undefined {
  const moments = openRequests(requests, now).flatMap((request) => {
    const due = dueAt(request);
    const expiry = request.ExpiryTime ? Date.parse(request.ExpiryTime) : NaN;
    return [due === undefined ? NaN : due - HOUR, expiry];
  });
  const future = moments.filter((moment) => !Number.isNaN(moment) && moment > now);
  return future.length ? Math.min(...future) : undefined;
}

export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export async function showBadge(api: BadgeApi, state: BadgeState): Promise<void> {
  await Promise.all([api.setBadgeText({ text: state.text }), api.setBadgeBackgroundColor({ color: state.color }), api.setTitle({ title: state.title })]);
}

/** Shows the badge for `requests` (null: signed out) and sets the alarm for its next change by time. */
export async function updateBadge(
  api: BadgeApi,
  alarms: { create(name: string, info: { when: number }): Promise<void>; clear(name: string): Promise<unknown> },
  alarmName: string,
  requests: readonly ApiCallbackRequest[] | null,
  now: number,
): Promise<void> {
  await showBadge(api, badgeFor(requests, now)).catch(() => undefined); // no toolbar (tests, shutdown): nothing to show
  const next = requests ? nextBadgeChangeAt(requests, now) : undefined;
  if (next === undefined) await alarms.clear(alarmName);
  else await alarms.create(alarmName, { when: next + 1_000 });
}
