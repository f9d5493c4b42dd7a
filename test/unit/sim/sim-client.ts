// Helpers for the simulator tests: start one on a free port, call it like the extension does.
import { startSimulator } from '../../../sim/server.mjs';
import type { Simulator, SimulatorOptions } from '../../../sim/server.mjs';

export const AGENT = {
  email: 'agent@demo.example',
  password: 'demo-password',
  id: '5b0f3a2e-8c1d-4e6a-9f27-1a2b3c4d5e01',
};
export const SUPERVISOR = {
  email: 'supervisor@demo.example',
  password: 'demo-password-2',
  id: '5b0f3a2e-8c1d-4e6a-9f27-1a2b3c4d5e02',
};
export const LISTS = {
  sales: '3f6c9e12-4b7a-4d21-8e5f-5a1e5ca11b01',
  support: '3f6c9e12-4b7a-4d21-8e5f-5a1e5ca11b02',
  vip: '3f6c9e12-4b7a-4d21-8e5f-5a1e5ca11b03',
};
const request = (n: string) => `7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d${n}`;
export const REQUESTS = {
  matti: request('01'),
  sara: request('02'),
  klausUnassignedOverdue: request('07'),
  erikUnassignedSales: request('08'),
  vip: request('09'),
  expired: request('10'),
  closed: request('17'),
  unknown: '00000000-0000-4000-8000-000000000000',
};

export interface Answer {
  status: number;
  headers: Headers;
  // Tests look into bodies freely; the simulator's own types describe them.
  body: any;
}

export interface CallInit {
  method?: string;
  body?: unknown;
  /** A ready Authorization header value; none when absent. */
  auth?: string;
  /** Sent as is (for malformed-JSON tests) instead of JSON.stringify(body). */
  rawBody?: string;
}

export function basic(email: string, key: string): string {
  return `Basic ${btoa(`${email}:${key}`)}`;
}

/** One HTTP call with the headers the extension sends. */
export async function call(sim: Simulator, path: string, init: CallInit = {}): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Json-Serializer': '2' };
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.auth) headers.Authorization = init.auth;
  const res = await fetch(sim.url + path, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** Signs in through authuser, as the extension does, and returns a caller with that key. */
export async function signIn(sim: Simulator, user: { email: string; password: string }) {
  const answer = await call(sim, `/authuser/${encodeURIComponent(user.email)}/`, {
    method: 'POST',
    body: { UserName: user.email, Password: user.password },
  });
  if (answer.status !== 200) throw new Error(`authuser answered ${answer.status}`);
  const auth = basic(user.email, answer.body.SecretKey);
  return {
    key: answer.body.SecretKey as string,
    auth,
    call: (path: string, init: CallInit = {}) => call(sim, path, { auth, ...init }),
  };
}

export type Session = Awaited<ReturnType<typeof signIn>>;

/** A simulator for one test file; `fresh()` puts it back to the seed between tests. */
export function useSimulator(options: SimulatorOptions = {}) {
  const holder: { sim: Simulator | null } = { sim: null };
  beforeAll(async () => {
    holder.sim = await startSimulator(options);
  });
  afterAll(async () => {
    await holder.sim?.close();
  });
  const sim = (): Simulator => {
    if (!holder.sim) throw new Error('simulator not started');
    return holder.sim;
  };
  return {
    sim,
    async fresh() {
      await call(sim(), '/__sim/reset', { method: 'POST' });
    },
  };
}
