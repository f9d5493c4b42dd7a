// The realtime channel (RTE) [doc][code]: a short-lived token per connection, then SignalR's
// negotiate. The WebSocket itself is opened by the background (background/realtime/).
import { AppError } from '../errors';
import { apiRequest, requestJson, type Credentials } from './client';
import { negotiateResponseSchema, rteTokenSchema } from './schemas';
import { t } from '../i18n';

export interface RealtimeTarget {
  /** The hub as an http(s) URL, e.g. https://rte.example/hub (for negotiate). */
  hubUrl: string;
  token: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * WSSEndpoint has no scheme [doc]: EnreachVoice is https/wss. Dev rule: when the API endpoint itself
 * is plain http on a loopback host (the simulator), the hub is plain http/ws too. Anything else
 * over plain http is refused, so a misconfigured endpoint can never downgrade a real tenant.
 */
export function hubUrlOf(wssEndpoint: string, apiEndpoint: string): string {
  const endpoint = wssEndpoint.trim().replace(/^(wss?|https?):\/\//i, '').replace(/\/+$/, '');
  const api = new URL(apiEndpoint);
  const plain = api.protocol === 'http:' && LOOPBACK.has(api.hostname) && LOOPBACK.has(new URL(`http://${endpoint}`).hostname);
  return `${plain ? 'http' : 'https'}://${endpoint}`;
}

export async function fetchRealtimeTarget(credentials: Credentials, userId: string): Promise<RealtimeTarget> {
  const answer = await apiRequest(credentials, `token/${encodeURIComponent(userId)}/rte/`, {
    schema: rteTokenSchema,
    what: t('what_open_realtime'),
  });
  return { hubUrl: hubUrlOf(answer.WSSEndpoint, credentials.apiEndpoint), token: answer.Token };
}

/** `{hub}/negotiate?negotiateVersion=1`, keeping any query the hub URL already has. */
function negotiateUrl(hubUrl: string): string {
  const url = new URL(hubUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/negotiate`;
  url.searchParams.set('negotiateVersion', '1');
  return url.href;
}

/** SignalR negotiate; follows one redirect (`url` + `accessToken`, as Azure SignalR answers). */
export async function negotiateWebSocketUrl(target: RealtimeTarget): Promise<string> {
  let hubUrl = target.hubUrl;
  let token = target.token;
  for (let hop = 0; hop < 2; hop += 1) {
    const answer = await requestJson(negotiateUrl(hubUrl), null, {
      method: 'POST',
      schema: negotiateResponseSchema,
      headers: { Authorization: `Bearer ${token}` },
      what: t('what_open_realtime'),
    });
    if (answer.url) {
      hubUrl = answer.url;
      token = answer.accessToken ?? token;
      continue;
    }
    const transports = answer.availableTransports ?? [];
    if (!transports.some((t) => t.transport === 'WebSockets')) {
      throw new AppError('malformed-response', 'The realtime service offers no WebSocket transport.');
    }
    const url = new URL(hubUrl);
    url.protocol = url.protocol === 'http:' ? 'ws:' : 'wss:';
    if (answer.connectionToken ?? answer.connectionId) url.searchParams.set('id', answer.connectionToken ?? answer.connectionId ?? '');
    url.searchParams.set('access_token', token);
    return url.href;
  }
  throw new AppError('malformed-response', 'The realtime service redirected too often.');
}
