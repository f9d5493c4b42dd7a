// @ts-check
// Injected faults let the tests see how the client copes with rate limits, server errors, slow
// answers and dropped connections, without the real service misbehaving on cue.
import { HttpError, isObject } from './http.mjs';

/** @typedef {import('./types.mjs').Fault} Fault */
/** @typedef {import('./types.mjs').FaultSpec} FaultSpec */

export class FaultRegistry {
  /** @type {Fault[]} */
  #faults = [];
  #nextId = 1;

  /** @param {unknown} spec @returns {Fault} */
  add(spec) {
    const valid = validate(spec);
    /** @type {Fault} */
    const fault = { ...valid, id: this.#nextId++, remaining: valid.times ?? null };
    this.#faults.push(fault);
    return fault;
  }

  /** @returns {Fault[]} */
  list() {
    return this.#faults.map((f) => ({ ...f }));
  }

  clear() {
    this.#faults = [];
  }

  /** @param {number} id */
  remove(id) {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((f) => f.id !== id);
    return this.#faults.length < before;
  }

  /**
   * The first fault matching this request, counted as used; null when none applies.
   * Preflights are left alone unless a fault names OPTIONS: a failed preflight hides the real status.
   * @param {string} method @param {string} pathAndQuery @returns {Fault | null}
   */
  take(method, pathAndQuery) {
    const fault = this.#faults.find((f) => matches(f, method, pathAndQuery));
    if (!fault) return null;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.remove(fault.id);
    }
    return { ...fault };
  }
}

/** @param {Fault} fault @param {string} method @param {string} pathAndQuery */
function matches(fault, method, pathAndQuery) {
  if (fault.method ? fault.method.toUpperCase() !== method : method === 'OPTIONS') return false;
  if (pathAndQuery.includes(fault.path)) return true;
  try {
    return new RegExp(fault.path, 'i').test(pathAndQuery);
  } catch {
    return false; // not a valid regular expression: it was meant as a substring
  }
}

/** @param {unknown} spec @returns {FaultSpec} */
function validate(spec) {
  if (!isObject(spec)) throw new HttpError(400, 'A fault must be a JSON object');
  const { path, method, status, retryAfterSeconds, delayMs, drop, times, message } = spec;
  if (typeof path !== 'string' || path === '') throw new HttpError(400, 'path is required');
  /** @type {FaultSpec} */
  const fault = { path };
  if (method !== undefined) fault.method = checked(method, typeof method === 'string', 'method');
  if (status !== undefined) fault.status = checked(status, isInt(status, 100, 599), 'status');
  if (retryAfterSeconds !== undefined) {
    fault.retryAfterSeconds = checked(retryAfterSeconds, isInt(retryAfterSeconds, 0, 86_400), 'retryAfterSeconds');
  }
  if (delayMs !== undefined) fault.delayMs = checked(delayMs, isInt(delayMs, 0, 120_000), 'delayMs');
  if (drop !== undefined) fault.drop = checked(drop, typeof drop === 'boolean', 'drop');
  if (times !== undefined) fault.times = checked(times, isInt(times, 1, 1_000_000), 'times');
  if (message !== undefined) fault.message = checked(message, typeof message === 'string', 'message');
  if (fault.status === undefined && !fault.drop && fault.delayMs === undefined) {
    throw new HttpError(400, 'A fault needs status, drop or delayMs');
  }
  return fault;
}

/**
 * @template T
 * @param {unknown} value @param {boolean} ok @param {string} name @returns {T}
 */
function checked(value, ok, name) {
  if (!ok) throw new HttpError(400, `Invalid fault field ${name}`);
  return /** @type {T} */ (value);
}

/** @param {unknown} value @param {number} min @param {number} max */
function isInt(value, min, max) {
  return Number.isInteger(value) && /** @type {number} */ (value) >= min && /** @type {number} */ (value) <= max;
}
