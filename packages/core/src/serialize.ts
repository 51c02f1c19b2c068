// Turning arbitrary values into plain, JSON-safe data for `toJSON()`: cycles cut, depth and size
// bounded (shared references are walked at most a bounded number of times in all), no prototype
// pollution (own keys are defined, never assigned), nothing JSON or structuredClone rejects, and
// nothing that may carry request headers, credentials or raw bodies: class instances (sockets,
// requests, responses, buffers) are named, not walked; sensitive keys are redacted; a cause keeps
// only the essentials of an error.
import { hasRootLineage } from './identity.js';
import { read } from './safe.js';
import type { SerializedCause } from './types.js';

const MAX_DEPTH = 8;
const MAX_KEYS = 64;
const MAX_TEXT = 4096;
const SENSITIVE = /auth|cookie|token|secret|passw|credential|api.?key|^(_?headers?|raw.?headers|body|raw|socket|req|request|res|response|config)$/i;

// Per walk (keyed by its cycle guard): how many more objects it may visit.
const budgets = new WeakMap<WeakSet<object>, { n: number }>();

const text = (value: string): string => (value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value);

/** Plain data for a primitive; `null` means "not a primitive" (an object to walk). */
function primitive(value: unknown): { readonly v: unknown } | null {
  if (typeof value === 'object' && value !== null) return null;
  if (typeof value === 'string') return { v: text(value) };
  if (typeof value === 'number') return { v: Number.isFinite(value) ? value : String(value) };
  if (typeof value === 'bigint') return { v: String(value) };
  return { v: typeof value === 'boolean' || value === null ? value : undefined };
}

/** What kind of object this is: plain data to walk, an error, or a class instance named by its class. */
function kindOf(object: object): string {
  if (Array.isArray(object)) return 'array';
  if (hasRootLineage(object) || object instanceof Error || (typeof read(object, 'message') === 'string' && typeof read(object, 'stack') === 'string')) return 'error';
  const proto = Object.getPrototypeOf(object) as object | null;
  const name = proto === null ? 'Object' : read(read(proto, 'constructor'), 'name');
  // Another realm's plain object has its own Object.prototype.
  if (proto === null || proto === Object.prototype || (name === 'Object' && Object.getPrototypeOf(proto) === null)) return 'plain';
  return typeof name === 'string' && name !== '' ? name.slice(0, 64) : 'object';
}

/** Runs `walk` on an object within the cycle guard and the budget; never throws. */
function visit(object: object, seen: WeakSet<object>, depth: number, walk: () => unknown): unknown {
  let budget = budgets.get(seen);
  if (budget === undefined) budgets.set(seen, (budget = { n: 512 }));
  if (seen.has(object)) return '[Circular]';
  if (depth >= MAX_DEPTH || budget.n-- <= 0) return '[Truncated]';
  seen.add(object);
  try {
    return walk();
  } catch {
    return '[Unserializable]';
  } finally {
    seen.delete(object);
  }
}

/** Plain data for `value`, safe for JSON.stringify and structuredClone. Never throws. */
export function toPlain(value: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): unknown {
  const simple = primitive(value);
  if (simple !== null) return simple.v;
  const object = value as object;
  let kind: string;
  try {
    kind = kindOf(object);
  } catch {
    return '[Unserializable]';
  }
  if (kind === 'error') return serializeCause(object, seen, depth);
  return visit(object, seen, depth, () => {
    if (kind === 'array') return (object as unknown[]).slice(0, MAX_KEYS).map((item) => toPlain(item, seen, depth + 1) ?? null);
    if (kind === 'Date') return Number.isNaN((object as Date).getTime()) ? null : (object as Date).toISOString();
    if (kind !== 'plain') return `[${kind}]`;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object).slice(0, MAX_KEYS)) {
      const plain = SENSITIVE.test(key) ? '[Redacted]' : toPlain((object as Record<string, unknown>)[key], seen, depth + 1);
      if (plain !== undefined) Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

/**
 * A cause as plain data: a coded error (of any copy) by its own toJSON; any other error, or any
 * other thrown object, by the essentials of an error only (name, message, code, cause), since its
 * own fields (axios' config, a response, a raw body) may carry credentials. Never throws.
 */
export function serializeCause(cause: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): SerializedCause | undefined {
  const simple = primitive(cause);
  if (simple !== null) return simple.v as SerializedCause | undefined;
  const object = cause as object;
  return visit(object, seen, depth, () => {
    const toJSON = read(object, 'toJSON');
    if (hasRootLineage(object)) return typeof toJSON === 'function' ? toPlain(toJSON.call(object, seen, depth + 1), seen, depth + 1) : '[Unserializable]';
    const out: Record<string, unknown> = {};
    for (const key of ['name', 'message', 'code'] as const) {
      const value = read(object, key);
      if (typeof value === 'string') out[key] = text(value);
      else if (key === 'code' && typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    }
    if (Object.keys(out).length === 0) return `[${kindOf(object)}]`;
    const inner = serializeCause(read(object, 'cause'), seen, depth + 1);
    if (inner !== undefined) out.cause = inner;
    return out;
  }) as SerializedCause;
}
