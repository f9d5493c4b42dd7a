// @ts-check
// Seed data keeps times as minute offsets so the demo and the tests see realistic due and expiry
// times whenever they run; this module turns them into the ISO-8601 UTC strings the API returns.
import { readFileSync } from 'node:fs';

/** @typedef {import('./types.mjs').SeedFile} SeedFile */
/** @typedef {import('./types.mjs').SeedRequest} SeedRequest */
/** @typedef {import('./types.mjs').CallbackRequest} CallbackRequest */
/** @typedef {import('./types.mjs').SimUser} SimUser */

/** @param {string} file @returns {SeedFile} */
export function loadSeedFile(file) {
  /** @type {unknown} */
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const seed = /** @type {SeedFile} */ (raw);
  for (const key of /** @type {const} */ (['Users', 'CallbackLists', 'Requests'])) {
    if (!Array.isArray(seed[key])) throw new Error(`seed ${file}: "${key}" must be an array`);
  }
  return seed;
}

/**
 * Fresh, mutable copies of everything in the seed, with times resolved against `nowMs`.
 * @param {SeedFile} seed @param {number} nowMs
 */
export function materialiseSeed(seed, nowMs) {
  /** @type {SimUser[]} */
  const users = structuredClone(seed.Users);
  const lists = structuredClone(seed.CallbackLists);
  const requests = seed.Requests.map((raw) => toRequest(raw, { users, lists, nowMs }));
  const schemas = structuredClone(seed.ClassificationSchemas ?? []);
  return { organizationId: seed.OrganizationId, users, lists, requests, schemas };
}

/**
 * @param {SeedRequest} raw
 * @param {{ users: SimUser[], lists: import('./types.mjs').CallbackList[], nowMs: number }} world
 * @returns {CallbackRequest}
 */
export function toRequest(raw, { users, lists, nowMs }) {
  const list = lists.find((l) => l.Id === raw.CallbackListId);
  if (!list) throw new Error(`seed: request ${raw.Id}: unknown CallbackListId ${raw.CallbackListId}`);
  /** @param {string | undefined} email */
  const userId = (email) => {
    if (email === undefined) return null;
    const user = users.find((u) => u.Email.toLowerCase() === email.toLowerCase());
    if (!user) throw new Error(`seed: request ${raw.Id}: unknown user ${email}`);
    return user.Id;
  };
  /** @param {string} name @returns {string | null} */
  const time = (name) => {
    const offset = raw[`${name}InMinutes`];
    if (typeof offset === 'number') return new Date(nowMs + offset * 60_000).toISOString();
    const fixed = /** @type {Record<string, unknown>} */ (raw)[`${name}Time`];
    return typeof fixed === 'string' ? fixed : null;
  };
  return {
    Id: raw.Id,
    CallbackListId: list.Id,
    CallbackListName: list.Name,
    ContactNumber: raw.ContactNumber,
    ContactName: raw.ContactName ?? null,
    Note: raw.Note ?? null,
    CreatedTime: time('Created') ?? new Date(nowMs).toISOString(),
    DueTime: time('Due'),
    ExpiryTime: time('Expiry'),
    AssignedUserId: raw.AssignedUserId ?? userId(raw.AssignedUserEmail),
    AttemptCount: raw.AttemptCount ?? 0,
    LastAttemptTime: time('LastAttempt'),
    LastResult: raw.LastResult ?? null,
    IsClosed: raw.IsClosed ?? false,
    HasVoicemail: raw.HasVoicemail ?? false,
    LinkedRequestIds: [...(raw.LinkedRequestIds ?? [])],
    ClosedByUserId: raw.ClosedByUserId ?? userId(raw.ClosedByUserEmail),
    ClosedTime: time('Closed'),
  };
}
