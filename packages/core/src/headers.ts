// Header lookup over the shapes HTTP clients use: fetch `Headers`, `Map`, plain objects (any
// letter case, as Node, axios and got give them) and arrays of pairs (undici's raw headers as
// pairs, or a flat [name, value, ...] list). Bounded and total.
import { isArray, itemsOf, keysOf, read } from './safe.js';

const MAX_ENTRIES = 256;

function valueText(value: unknown): string | undefined {
  const first = isArray(value) ? itemsOf(value, 1)[0] : value;
  if (typeof first === 'number' && Number.isFinite(first)) return String(first);
  if (typeof first === 'string' && first.trim() !== '') return first.length > 1024 ? first.slice(0, 1024) : first;
  if (first instanceof Uint8Array && first.byteLength <= 1024) {
    try {
      return new TextDecoder().decode(first) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function fromMap(headers: Map<unknown, unknown>, wanted: string): unknown {
  let found: unknown;
  let seen = 0;
  for (const [key, value] of headers) {
    if (++seen > MAX_ENTRIES) break;
    if (String(key).toLowerCase() === wanted) found = value;
  }
  return found;
}

function fromPairs(headers: readonly unknown[], wanted: string): unknown {
  const items = itemsOf(headers, MAX_ENTRIES * 2);
  if (items.length > 0 && !isArray(items[0])) {
    // A flat list: name, value, name, value (undici's rawHeaders style).
    for (let i = 0; i + 1 < items.length; i += 2) if (valueText(items[i])?.toLowerCase() === wanted) return items[i + 1];
    return undefined;
  }
  for (const pair of items) {
    const [key, value] = itemsOf(pair, 2);
    if (typeof key === 'string' && key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** A header's value (the first, when it is a list), or undefined. Never throws. */
export function getHeader(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null || typeof name !== 'string') return undefined;
  const wanted = name.toLowerCase();
  try {
    if (headers instanceof Map) return valueText(fromMap(headers, wanted));
    if (isArray(headers)) return valueText(fromPairs(headers, wanted));
    const get = read(headers, 'get');
    if (typeof get === 'function') {
      const value: unknown = get.call(headers, name);
      if (value !== undefined && value !== null) return valueText(value);
    }
    for (const key of keysOf(headers, MAX_ENTRIES)) {
      if (key.toLowerCase() === wanted) return valueText(read(headers, key));
    }
  } catch {
    return undefined;
  }
  return undefined;
}
