// @ts-check
// Everything the simulator remembers between requests, and the few rules that hold whenever the
// state is read (expired requests close themselves). Request-specific rules live in the routes.
import { randomBytes } from 'node:crypto';
import { FaultRegistry } from './faults.mjs';
import { sameNumber } from './phone.mjs';
import { RealtimeHub } from './rte-hub.mjs';
import { materialiseSeed } from './seed.mjs';

/** @typedef {import('./types.mjs').CallbackRequest} CallbackRequest */
/** @typedef {import('./types.mjs').CallbackList} CallbackList */
/** @typedef {import('./types.mjs').SimUser} SimUser */

export class SimState {
  /** @param {import('./types.mjs').SeedFile} seed @param {() => number} clock */
  constructor(seed, clock) {
    this.seed = seed;
    this.clock = clock;
    this.faults = new FaultRegistry();
    this.realtime = new RealtimeHub(this);
    this.clockOffsetMs = 0;
    this.organizationId = '';
    /** @type {SimUser[]} */ this.users = [];
    /** @type {CallbackList[]} */ this.lists = [];
    /** @type {Map<string, CallbackRequest>} keyed by lower-case id */ this.requests = new Map();
    /** @type {Map<string, string>} user id → current secret key */ this.keys = new Map();
    /** @type {Map<string, string>} request id → user it was auto-allocated to, until handled */
    this.autoAllocations = new Map();
    /** @type {import('./types.mjs').Attempt[]} */ this.attempts = [];
    /** @type {import('./types.mjs').Activation[]} */ this.activations = [];
    /** @type {import('./types.mjs').Call[]} */ this.calls = [];
    /** @type {import('./types.mjs').ClassificationSchema[]} */ this.schemas = [];
    /** @type {import('./types.mjs').Classification[]} */ this.classifications = [];
    /** @type {import('./types.mjs').LogEntry[]} */ this.log = [];
    this.seq = 0;
    this.reset();
  }

  /** Back to the seed: times are re-resolved against the current clock, logs and faults go. */
  reset() {
    this.clockOffsetMs = 0;
    const world = materialiseSeed(this.seed, this.clock());
    this.organizationId = world.organizationId;
    this.users = world.users;
    this.lists = world.lists;
    this.schemas = world.schemas;
    this.classifications = [];
    this.requests = new Map(world.requests.map((r) => [r.Id.toLowerCase(), r]));
    this.keys = new Map(this.users.map((u) => [u.Id, u.SecretKey ?? newSecretKey()]));
    this.autoAllocations.clear();
    this.attempts = [];
    this.activations = [];
    this.calls = [];
    this.log = [];
    this.seq = 0;
    this.faults.clear();
    // Connected clients cannot know what a reset changed: tell every user to reload.
    for (const user of this.users) this.realtime.requestChanged(null, 'reset', user.Id);
  }

  /**
   * Tells realtime subscribers about a change (rte-hub.mjs); every route that changes a request calls it.
   * @param {CallbackRequest} request @param {string} kind @param {string | null} [previousAssigneeId]
   */
  requestChanged(request, kind, previousAssigneeId = null) {
    this.realtime.requestChanged(request, kind, previousAssigneeId);
  }

  /**
   * A new request (test control). Like EnreachVoice, a request for a number that already has an open
   * request is linked to it (both ways), so agents see the duplicate.
   * @param {CallbackRequest} request
   */
  addRequest(request) {
    const duplicates = [...this.requests.values()].filter((other) => !other.IsClosed && sameNumber(other.ContactNumber, request.ContactNumber));
    for (const other of duplicates) {
      if (!request.LinkedRequestIds.includes(other.Id)) request.LinkedRequestIds.push(other.Id);
      if (!other.LinkedRequestIds.includes(request.Id)) other.LinkedRequestIds.push(request.Id);
    }
    this.requests.set(request.Id.toLowerCase(), request);
    this.requestChanged(request, 'created');
    for (const other of duplicates) this.requestChanged(other, 'linked');
  }

  /** Simulated time in ms. */
  now() {
    return this.clock() + this.clockOffsetMs;
  }

  nowIso() {
    return new Date(this.now()).toISOString();
  }

  /** @param {string} email */
  userByEmail(email) {
    const wanted = email.trim().toLowerCase();
    return this.users.find((u) => u.Email.toLowerCase() === wanted);
  }

  /** @param {string} id */
  userById(id) {
    return this.users.find((u) => u.Id.toLowerCase() === id.toLowerCase());
  }

  /** @param {SimUser} user */
  secretKeyOf(user) {
    return this.keys.get(user.Id) ?? '';
  }

  /** A new key replaces the old one, which from now on answers 401. @param {SimUser} user */
  revokeKey(user) {
    this.keys.set(user.Id, newSecretKey());
  }

  /** @param {string} id */
  listById(id) {
    return this.lists.find((l) => l.Id.toLowerCase() === id.toLowerCase());
  }

  /** @param {SimUser} user @param {string} listId */
  mayHandle(user, listId) {
    return user.MayHandleListIds.some((id) => id.toLowerCase() === listId.toLowerCase());
  }

  /** @param {SimUser} user @param {string} listId */
  serves(user, listId) {
    return user.ServingListIds.some((id) => id.toLowerCase() === listId.toLowerCase());
  }

  /** @param {string} id @returns {CallbackRequest | undefined} */
  getRequest(id) {
    this.closeExpired();
    return this.requests.get(id.toLowerCase());
  }

  /** @returns {CallbackRequest[]} */
  allRequests() {
    this.closeExpired();
    return [...this.requests.values()];
  }

  /** EnreachVoice closes expired requests by itself; they can no longer be called. */
  closeExpired() {
    const now = this.now();
    for (const request of this.requests.values()) {
      if (request.IsClosed || request.ExpiryTime === null) continue;
      const expiry = Date.parse(request.ExpiryTime);
      if (expiry > now) continue;
      request.IsClosed = true;
      request.LastResult = 'Expired';
      request.ClosedTime = new Date(expiry).toISOString();
      this.autoAllocations.delete(request.Id.toLowerCase());
      this.requestChanged(request, 'expired');
    }
  }
}

function newSecretKey() {
  return randomBytes(24).toString('base64url');
}
