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
const MAX_NODES = 512;
const MAX_TEXT = 4096;
const CIRCULAR = '[Circular]';
const TOO_DEEP = '[Truncated]';
const UNSERIALIZABLE = '[Unserializable]';
const REDACTED = '[Redacted]';
const SENSITIVE =
  /^(authorization|proxy-authorization|cookies?|set-cookie|x-api-key|api[-_]?key|x-auth-token|x-subject-token|x-security-token|password|passwd|secret|client[-_]?secret|token|access[-_]?token|refresh[-_]?token|session[-_]?token|credentials?|_header|headers|raw[-_]?headers|body|raw|socket|req|request|res|response|config)$/i;

/** A walk's shared state: the current path (cycles) and how many nodes it may still visit. */
interface Walk {
  readonly seen: WeakSet<object>;
  nodes: number;
}

const walks = new WeakMap<WeakSet<object>, Walk>();

function walkFor(seen: WeakSet<object>): Walk {
  let walk = walks.get(seen);
  if (walk === undefined) {
    walk = { seen, nodes: MAX_NODES };
    walks.set(seen, walk);
  }
  return walk;
}

const text = (value: string): string => (value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value);

function primitive(value: unknown): { readonly plain: unknown } | undefined {
  switch (typeof value) {
    case 'string':
      return { plain: text(value) };
    case 'boolean':
      return { plain: value };
    case 'number':
      return { plain: Number.isFinite(value) ? value : String(value) };
    case 'bigint':
      return { plain: value.toString() };
    case 'undefined':
    case 'function':
    case 'symbol':
      return { plain: undefined };
  }
  return value === null ? { plain: null } : undefined;
}

/** What kind of object this is: plain data to walk, or anything else, named by its class. */
function kindOf(object: object): 'array' | 'plain' | 'error' | string {
  if (Array.isArray(object)) return 'array';
  if (hasRootLineage(object) || object instanceof Error || isErrorLike(object)) return 'error';
  const proto = Object.getPrototypeOf(object) as object | null;
  if (proto === null || proto === Object.prototype) return 'plain';
  const ctor = read(proto, 'constructor');
  const name = typeof ctor === 'function' ? read(ctor, 'name') : undefined;
  // Another realm's plain object has its own Object.prototype.
  if (name === 'Object' && Object.getPrototypeOf(proto) === null) return 'plain';
  return typeof name === 'string' && name !== '' ? name.slice(0, 64) : 'object';
}

function isErrorLike(value: object): boolean {
  return typeof read(value, 'message') === 'string' && typeof read(value, 'stack') === 'string';
}

/** Plain data for `value`, safe for JSON.stringify and structuredClone. Never throws. */
export function toPlain(value: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): unknown {
  const simple = primitive(value);
  if (simple !== undefined) return simple.plain;
  const object = value as object;
  const walk = walkFor(seen);
  if (seen.has(object)) return CIRCULAR;
  if (depth >= MAX_DEPTH || walk.nodes <= 0) return TOO_DEEP;
  walk.nodes--;
  seen.add(object);
  try {
    const kind = kindOf(object);
    if (kind === 'error') {
      seen.delete(object);
      return serializeCause(object, seen, depth);
    }
    if (kind === 'Date') return Number.isNaN((object as Date).getTime()) ? null : (object as Date).toISOString();
    if (kind === 'array') {
      const items = object as unknown[];
      const out: unknown[] = [];
      for (let i = 0; i < Math.min(items.length, MAX_KEYS); i++) out.push(toPlain(items[i], seen, depth + 1) ?? null);
      return out;
    }
    if (kind !== 'plain') return `[${kind}]`;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object).slice(0, MAX_KEYS)) {
      const plain = SENSITIVE.test(key) ? REDACTED : toPlain((object as Record<string, unknown>)[key], seen, depth + 1);
      if (plain !== undefined) Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } catch {
    return UNSERIALIZABLE;
  } finally {
    seen.delete(object);
  }
}

/**
 * A cause as plain data: a coded error (of any copy) by its own toJSON; any other error, or any
 * other thrown object, by the essentials of an error only (name, message, code, cause), since its
 * own fields (axios' config, a response, a raw body) may carry credentials. Never throws.
 */
export function serializeCause(cause: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): SerializedCause | undefined {
  const simple = primitive(cause);
  if (simple !== undefined) return simple.plain as SerializedCause | undefined;
  const object = cause as object;
  const walk = walkFor(seen);
  if (seen.has(object)) return CIRCULAR;
  if (depth >= MAX_DEPTH || walk.nodes <= 0) return TOO_DEEP;
  walk.nodes--;
  seen.add(object);
  try {
    if (hasRootLineage(object)) {
      const toJSON = read(object, 'toJSON');
      if (typeof toJSON === 'function') return toPlain(toJSON.call(object, seen, depth + 1), seen, depth + 1) as SerializedCause;
      return UNSERIALIZABLE;
    }
    const name = read(object, 'name');
    const message = read(object, 'message');
    const code = read(object, 'code');
    const entries: [string, unknown][] = [];
    if (typeof name === 'string') entries.push(['name', text(name)]);
    if (typeof message === 'string') entries.push(['message', text(message)]);
    if (typeof code === 'string' || (typeof code === 'number' && Number.isFinite(code))) entries.push(['code', code]);
    if (entries.length === 0) {
      const kind = Array.isArray(object) ? 'array' : kindOf(object);
      return `[${kind}]`;
    }
    const inner = read(object, 'cause');
    if (inner !== undefined) {
      const plain = serializeCause(inner, seen, depth + 1);
      if (plain !== undefined) entries.push(['cause', plain]);
    }
    return Object.fromEntries(entries) as SerializedCause;
  } catch {
    return UNSERIALIZABLE;
  } finally {
    seen.delete(object);
  }
}
