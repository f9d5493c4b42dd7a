// What the callback workspace needs from EnreachVoice and from the browser, as interfaces: the
// production wiring is in workspace-platform.ts, tests pass fakes.
import type { ApiCallbackList, ApiCallbackRequest, ApiTagSchema, CallbackResult } from '../shared/api/callbacks-schemas';
import type { Credentials } from '../shared/api/client';
import type { Settings } from '../shared/storage/settings';
import type { BadgeApi } from './badge';
import type { PendingStore } from './outcome-queue';
import type { SocketLike } from './realtime/realtime-client';
import type { SessionArea } from './session';

export interface WorkspaceApi {
  fetchMine(credentials: Credentials, userId: string): Promise<ApiCallbackRequest[]>;
  fetchLists(credentials: Credentials, userId: string): Promise<ApiCallbackList[]>;
  next(credentials: Credentials, listIds?: readonly string[]): Promise<ApiCallbackRequest | null>;
  attempt(credentials: Credentials, requestId: string, attempt: { result: CallbackResult; note: string }): Promise<ApiCallbackRequest>;
  release(credentials: Credentials, requestId: string): Promise<void>;
  bindings(credentials: Credentials): Promise<{ ListId: string; SchemaId: string }[]>;
  schema(credentials: Credentials, schemaId: string): Promise<ApiTagSchema>;
  classify(credentials: Credentials, input: { schemaId: string; requestId: string; tagIds: readonly number[]; note: string }): Promise<void>;
  /** Fresh realtime token + negotiate → the WebSocket URL. */
  realtimeUrl(credentials: Credentials, userId: string): Promise<string>;
}

export interface WorkspacePlatform {
  /** storage.session (trusted contexts only). */
  area: SessionArea;
  pendingStore: PendingStore;
  badge: BadgeApi;
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    clear(name: string): Promise<unknown>;
  };
  notify(notice: { title: string; message: string }): Promise<void>;
  settings(): Promise<Settings>;
  /** ≥ 1; divides timer delays (development installs only, see STORAGE_KEYS.devTimeScale). */
  timeScale(): Promise<number>;
  broadcast(what: 'callbacks' | 'lists'): void;
  createSocket(url: string): SocketLike;
  now?(): number;
  random?(): number;
}
