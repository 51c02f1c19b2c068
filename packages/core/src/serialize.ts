// Turning arbitrary values into plain, JSON-safe data: cycles cut, depth bounded, no prototype
// pollution (own keys are defined, never assigned), nothing that JSON or structuredClone rejects.
import { hasRootLineage } from './identity.js';
import type { SerializedCause } from './types.js';

const MAX_DEPTH = 8;
const MAX_KEYS = 100;
const CIRCULAR = '[Circular]';
const TOO_DEEP = '[Truncated]';

/** Plain data for `value`, safe for JSON.stringify and structuredClone. */
export function toPlain(value: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return value.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return null;
  const object = value as object;
  if (seen.has(object)) return CIRCULAR;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  seen.add(object);
  try {
    if (object instanceof Error || isErrorLike(object) || hasRootLineage(object)) {
      seen.delete(object);
      return serializeCause(object, seen, depth);
    }
    if (isToJSONable(object)) return toPlain(object.toJSON(), seen, depth + 1);
    if (ArrayBuffer.isView(object)) return `[${object.constructor?.name ?? 'bytes'} ${object.byteLength}]`;
    if (Array.isArray(object)) {
      return object.slice(0, MAX_KEYS).map((item) => toPlain(item, seen, depth + 1) ?? null);
    }
    const entries: [string, unknown][] = [];
    for (const key of Object.keys(object).slice(0, MAX_KEYS)) {
      const plain = toPlain((object as Record<string, unknown>)[key], seen, depth + 1);
      if (plain !== undefined) entries.push([key, plain]);
    }
    return Object.fromEntries(entries);
  } catch {
    return '[Unserializable]';
  } finally {
    seen.delete(object);
  }
}

function isToJSONable(value: object): value is { toJSON(): unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function isErrorLike(value: object): value is { name?: unknown; message: string } {
  return typeof (value as { message?: unknown }).message === 'string' && 'stack' in value;
}

/** A cause as plain data: coded errors by their own toJSON, other errors by name/message/code. */
export function serializeCause(cause: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): SerializedCause | undefined {
  if (typeof cause !== 'object' || cause === null) return toPlain(cause, seen, depth) as SerializedCause | undefined;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (hasRootLineage(cause)) {
    // Another coded error (of any copy): its own toJSON, sharing the cycle guard.
    if (seen.has(cause)) return CIRCULAR;
    seen.add(cause);
    try {
      return (cause as { toJSON(seen: WeakSet<object>, depth: number): SerializedCause }).toJSON(seen, depth + 1);
    } catch {
      return '[Unserializable]';
    } finally {
      seen.delete(cause);
    }
  }
  // Other errors keep only name, message and code: their own toJSON (axios) may carry credentials.
  if (cause instanceof Error || isErrorLike(cause)) {
    if (seen.has(cause)) return CIRCULAR;
    seen.add(cause);
    try {
      const error = cause as { name?: unknown; message: unknown; code?: unknown; cause?: unknown };
      const entries: [string, unknown][] = [
        ['name', typeof error.name === 'string' ? error.name : 'Error'],
        ['message', typeof error.message === 'string' ? error.message : String(error.message)],
      ];
      const code = toPlain(error.code, seen, depth + 1);
      if (code !== undefined) entries.push(['code', code]);
      if ('cause' in error) {
        const inner = serializeCause(error.cause, seen, depth + 1);
        if (inner !== undefined) entries.push(['cause', inner]);
      }
      return Object.fromEntries(entries) as SerializedCause;
    } catch {
      return '[Unserializable]';
    } finally {
      seen.delete(cause);
    }
  }
  return toPlain(cause, seen, depth) as SerializedCause;
}
