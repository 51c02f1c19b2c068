// Reading outside values without trusting them: every accessor here survives revoked proxies,
// throwing traps and getters, and bounds what it walks.

/** A non-null object that is not an array. Never throws (a revoked proxy is not a record). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false;
  }
}

/** `value[key]`, or undefined when reading it throws (hostile getters, revoked proxies). */
export function read(value: unknown, key: PropertyKey): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Whether `key` is an own property; false when asking throws. */
export function hasOwn(value: unknown, key: PropertyKey): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return Object.prototype.hasOwnProperty.call(value, key);
  } catch {
    return false;
  }
}

/** An own property's value, or undefined (inherited, absent, or unreadable). */
export function readOwn(value: unknown, key: PropertyKey): unknown {
  return hasOwn(value, key) ? read(value, key) : undefined;
}

/** Whether `key` is in `value` (own or inherited); false when asking throws. */
export function has(value: unknown, key: PropertyKey): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return key in value;
  } catch {
    return false;
  }
}

/** At most `max` own enumerable string keys; empty when listing them throws. */
export function keysOf(value: unknown, max: number): string[] {
  if (typeof value !== 'object' || value === null) return [];
  try {
    const keys = Object.keys(value);
    return keys.length > max ? keys.slice(0, max) : keys;
  } catch {
    return [];
  }
}

/** Whether `value` is an array; false when asking throws (a revoked proxy). */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * At most `max` items of an array-like, by index (never walking the holes of a sparse array's
 * whole length); empty when reading fails.
 */
export function itemsOf(value: unknown, max: number): unknown[] {
  if (!isArray(value)) return [];
  const length = read(value, 'length');
  if (typeof length !== 'number') return [];
  const items: unknown[] = [];
  const end = Math.min(length, max);
  for (let i = 0; i < end; i++) items.push(read(value, i));
  return items;
}

/** A non-blank string as given, else undefined. */
export function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
