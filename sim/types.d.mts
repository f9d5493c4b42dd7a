// The simulator's own types. Nothing here comes from src/ on purpose: a client that drifts from the
// documented API is then caught by the simulator instead of mirrored by it.
// This file is plain TypeScript declarations so that the tests (checked by the root tsconfig, which
// does not read JavaScript) see the same types as the JSDoc in the .mjs files. No Node types here.

/** A callback request as the API returns it. ASSUMED shape (enreachvoice-api.md §2). */
export interface CallbackRequest {
  Id: string;
  CallbackListId: string;
  CallbackListName: string;
  ContactNumber: string;
  ContactName: string | null;
  Note: string | null;
  CreatedTime: string;
  DueTime: string | null;
  ExpiryTime: string | null;
  AssignedUserId: string | null;
  AttemptCount: number;
  LastAttemptTime: string | null;
  LastResult: string | null;
  IsClosed: boolean;
  HasVoicemail: boolean;
  LinkedRequestIds: string[];
  ClosedByUserId: string | null;
  ClosedTime: string | null;
}

export interface CallbackList {
  Id: string;
  Name: string;
}

export interface SimUser {
  Id: string;
  Email: string;
  /** null for an SSO user: authuser always refuses them. */
  Password: string | null;
  /** Discovery's `authority` (set for SSO tenants). */
  Authority: string | null;
  SecretKey?: string;
  /** FirstName, LastName, MobileNumber and friends, returned as-is by GET /users/me. */
  Profile: Record<string, unknown>;
  /** Lists an admin lets this user handle. */
  MayHandleListIds: string[];
  /** Lists this user serves (auto-allocation takes from these). */
  ServingListIds: string[];
}

/** A request in seed.json: `XxxInMinutes` offsets (from the moment the seed loads) become `XxxTime`. */
export type SeedRequest = Partial<CallbackRequest> & {
  Id: string;
  CallbackListId: string;
  ContactNumber: string;
  AssignedUserEmail?: string;
  ClosedByUserEmail?: string;
  [offset: `${string}InMinutes`]: number | undefined;
};

export interface SeedFile {
  OrganizationId: string;
  Users: SimUser[];
  CallbackLists: CallbackList[];
  Requests: SeedRequest[];
  ClassificationSchemas?: ClassificationSchema[];
}

/** A classification (tag) schema and the callback lists bound to it. Shape as seen in a public client. */
export interface ClassificationSchema {
  Id: string;
  Name: string;
  ListIds: string[];
  Groups: { Name: string; MaxSelections: number; Tags: { Id: number; Name: string }[] }[];
}

/** A POST /classification/instance the simulator accepted. */
export interface Classification {
  Id: string;
  userId: string;
  TagSchemaId: string;
  TagSelections: { TagId: number }[];
  ClassifiedType: string;
  CallListItemId: string;
  Note: string | null;
  at: string;
}

/** A realtime connection as /__sim/rte lists it. */
export interface RealtimeConnectionInfo {
  id: string;
  userId: string;
  connectedAt: string;
  /** "entityid|eventname", lower case. */
  subscriptions: string[];
  received: { pings: number; invocations: number };
}

export interface Activation {
  userId: string;
  userEmail: string;
  number: string;
  requestId: string;
  listId: string;
  at: string;
  atMs: number;
  consumed: boolean;
}

export interface Call {
  Kind: 'CallbackCall' | 'DirectCall';
  Channel: 'Mobile' | 'Webphone';
  PhoneNumber: string;
  userId: string;
  userEmail: string;
  at: string;
  atMs: number;
  CallbackRequestId?: string;
  CallbackListId?: string;
  ActivationToCallMs?: number;
}

export interface Attempt {
  requestId: string;
  userId: string;
  Result: string;
  Note: string | null;
  at: string;
}

export interface LogEntry {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body with passwords and keys replaced by "***"; null when empty or not JSON. */
  body: unknown;
  /** HTTP status sent; null when a fault dropped the connection. */
  status: number | null;
  userEmail?: string;
  /** The few request headers a test may want to check. Never Authorization. */
  headers: { accept?: string; contentType?: string; xJsonSerializer?: string; origin?: string };
  /** Id of the injected fault that answered (or delayed) this request. */
  fault?: number;
}

export interface FaultSpec {
  /** Regular expression or plain substring, tested against path + query string. */
  path: string;
  method?: string;
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  drop?: boolean;
  /** How many matching requests it applies to; unlimited when absent. */
  times?: number;
  /** Message text of the injected error body. */
  message?: string;
}

export interface Fault extends FaultSpec {
  id: number;
  /** Applications left; null = unlimited. */
  remaining: number | null;
}

/** What the tests may read or drive directly on `startSimulator(...).state`. */
export interface SimStateView {
  now(): number;
  clockOffsetMs: number;
  reset(): void;
  getRequest(id: string): CallbackRequest | undefined;
  allRequests(): CallbackRequest[];
  readonly activations: readonly Activation[];
  readonly calls: readonly Call[];
  readonly log: readonly LogEntry[];
  readonly classifications: readonly Classification[];
  readonly realtime: {
    keepAliveMs: number;
    list(): RealtimeConnectionInfo[];
    disconnectAll(drop?: boolean): number;
    readonly stats: { negotiations: number; connections: number; refused: number; delivered: number };
  };
}

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  seedFile?: string;
  /** Wall clock in ms; tests pass a fake one. Simulated time = now() + clock offset. */
  now?: () => number;
  /** Print one line per request to stdout. */
  log?: boolean;
  /** What discovery answers as apiEndpoint; default: this server's own base URL + "/". */
  apiEndpoint?: string;
  /** How often the realtime hub pings each connection (ASP.NET's default: 15 000 ms). */
  rteKeepAliveMs?: number;
  /** How often expired requests are closed (and announced) without a request asking; default 1000 ms. */
  expirySweepMs?: number;
}

export interface Simulator {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8787 */
  url: string;
  port: number;
  close(): Promise<void>;
  state: SimStateView;
}
